import { errorText, label as labelStyle } from "@/components/ui/styles";
import type { ReactNode } from "react";

/** What a field's control spreads onto itself: its id and the ARIA that ties it to its label, hint and error. */
export type FieldControl = {
  id: string;
  "aria-invalid": boolean;
  "aria-describedby": string | undefined;
};

type Props = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  /** Classes for the wrapper, added to its vertical spacing (e.g. its width in a row of fields). */
  className?: string;
  children: (control: FieldControl) => ReactNode;
};

/**
 * A label, one control, and the hint and error under it, wired for screen readers once.
 * The control is a render prop so any element (input, select, textarea) can take the wiring:
 * `<Field id="x" label="X" error={err}>{(control) => <input {...control} className={field} />}</Field>`.
 */
export function Field({ id, label, hint, error, className, children }: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={className ? `${className} space-y-1` : "space-y-1"}>
      <label htmlFor={id} className={labelStyle}>
        {label}
      </label>
      {children({ id, "aria-invalid": !!error, "aria-describedby": describedBy })}
      {hint && (
        <p id={hintId} className="text-xs text-muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} role="alert" className={errorText}>
          {error}
        </p>
      )}
    </div>
  );
}
