"use client";

import { CURATION_REASON_MAX_LENGTH } from "@/lib/comments/schema";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { CharCount } from "./char-count";

const small =
  "inline-flex items-center rounded-md border border-line bg-card px-2.5 py-1 text-xs font-semibold text-ink transition hover:border-accent hover:text-accent-strong disabled:cursor-not-allowed disabled:opacity-60";

/**
 * The "why featured" reason a curator writes when featuring, or edits later: optional, public,
 * at most 280 characters. The text stays while a request fails, so nothing typed is lost.
 */
export function CurationReason({
  initial,
  submitLabel,
  isBusy,
  onSubmit,
  onCancel,
}: {
  initial: string;
  submitLabel: string;
  isBusy: boolean;
  onSubmit: (reason: string) => void;
  onCancel: () => void;
}) {
  const t = useTranslations("faq");
  const c = useTranslations("comments.errors");
  const [reason, setReason] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const length = reason.trim().length;

  function submit() {
    if (length > CURATION_REASON_MAX_LENGTH) return setError(c("tooLong", { max: CURATION_REASON_MAX_LENGTH }));
    setError(null);
    onSubmit(reason.trim());
  }

  return (
    <div className="w-full space-y-1">
      <label htmlFor={id} className="block text-xs font-medium text-ink">
        {t("reasonLabel")}
      </label>
      <textarea
        id={id}
        value={reason}
        rows={2}
        aria-describedby={`${id}-hint ${id}-count`}
        aria-invalid={error !== null}
        onChange={(e) => setReason(e.target.value)}
        className="block w-full rounded-lg border border-line bg-card px-3 py-2 text-sm shadow-inner outline-none focus:border-accent focus:ring-2 focus:ring-accent/20"
      />
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p id={`${id}-hint`} className="text-xs text-muted">
          {t("reasonHint")}
        </p>
        <CharCount id={`${id}-count`} length={length} max={CURATION_REASON_MAX_LENGTH} />
      </div>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
      <div className="flex gap-2">
        <button type="button" className={small} disabled={isBusy} onClick={submit}>
          {submitLabel}
        </button>
        <button type="button" className={small} disabled={isBusy} onClick={onCancel}>
          {t("cancel")}
        </button>
      </div>
    </div>
  );
}
