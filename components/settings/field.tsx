import { errorText, field, label } from "@/components/ui/styles";
import type { InputHTMLAttributes } from "react";

type Props = InputHTMLAttributes<HTMLInputElement> & {
  id: string;
  labelText: string;
  hint?: string;
  error?: string | null;
};

/** A labelled input with its hint and its own error underneath, tied to it for screen readers. */
export function Field({ id, labelText, hint, error, className = "", ...input }: Props) {
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className={label}>
        {labelText}
      </label>
      <input
        id={id}
        className={`${field} ${className}`}
        aria-invalid={!!error}
        aria-describedby={describedBy}
        {...input}
      />
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} role="alert" className={errorText}>
          {error}
        </p>
      )}
    </div>
  );
}
