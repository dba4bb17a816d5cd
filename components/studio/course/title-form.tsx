"use client";

import { buttonPrimary, buttonSecondary, errorText, field, label as labelClass } from "@/components/ui/styles";
import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";

type Props = {
  label: string;
  submitLabel: string;
  max: number;
  initial?: string;
  /** Saves the title; answers the sentence to show when that failed (the text stays). */
  onSubmit: (title: string) => Promise<string | null>;
  onCancel?: () => void;
  autoFocus?: boolean;
};

/** One titled thing to create or rename: a chapter, a lesson. */
export function TitleForm({ label, submitLabel, max, initial = "", onSubmit, onCancel, autoFocus }: Props) {
  const t = useTranslations("workspace.outline");
  const id = useId();
  const [title, setTitle] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const trimmed = title.trim();
    if (!trimmed) return setError(t("titleRequired"));
    setBusy(true);
    setError(await onSubmit(trimmed));
    setBusy(false);
  }

  return (
    <form onSubmit={submit} className="flex flex-wrap items-end gap-2" noValidate>
      <div className="min-w-48 flex-1">
        <label htmlFor={`${id}-title`} className={labelClass}>
          {label}
        </label>
        <input
          id={`${id}-title`}
          value={title}
          maxLength={max}
          onChange={(e) => setTitle(e.target.value)}
          onKeyDown={(e) => e.key === "Escape" && onCancel?.()}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          autoFocus={autoFocus}
          autoComplete="off"
          className={`${field} mt-1 py-1.5`}
        />
      </div>
      <button type="submit" className={buttonPrimary} disabled={busy}>
        {submitLabel}
      </button>
      {onCancel && (
        <button type="button" className={`${buttonSecondary} py-2`} onClick={onCancel}>
          {t("cancel")}
        </button>
      )}
      {error && (
        <p id={`${id}-error`} role="alert" className={`${errorText} w-full`}>
          {error}
        </p>
      )}
    </form>
  );
}
