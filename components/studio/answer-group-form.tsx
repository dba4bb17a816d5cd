"use client";

import { CharCount } from "@/components/comments/char-count";
import { useValidationMessage } from "@/components/comments/use-messages";
import { buttonPrimary, buttonQuiet, errorText, field, label } from "@/components/ui/styles";
import { CreateReplySchema, REPLY_MAX_LENGTH } from "@/lib/comments/schema";
import type { ClusterDTO } from "@/lib/studio/clusters-schema";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, type FormEvent } from "react";

type Props = {
  cluster: ClusterDTO;
  /** Sends the answer; resolves to an error message, or null once answered. */
  onSubmit: (featureId: string, body: string) => Promise<string | null>;
  onCancel: () => void;
};

/** Pick the comment to feature (the representative by default) and write one answer for the whole group. */
export function AnswerGroupForm({ cluster, onSubmit, onCancel }: Props) {
  const t = useTranslations("studio.groups");
  const invalid = useValidationMessage();
  const id = useId();
  const input = useRef<HTMLTextAreaElement>(null);
  const [featureId, setFeatureId] = useState(cluster.commentIds[0]!);
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [isPending, setPending] = useState(false);

  useEffect(() => input.current?.focus(), []);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = CreateReplySchema.safeParse({ body });
    if (!parsed.success) return setError(invalid(parsed.error, REPLY_MAX_LENGTH));
    setPending(true);
    setError(null);
    const failure = await onSubmit(featureId, parsed.data.body);
    setPending(false);
    if (failure) setError(failure); // the answer stays in the box
  }

  return (
    <form
      onSubmit={submit}
      onKeyDown={(e) => e.key === "Escape" && onCancel()}
      noValidate
      className="mt-3 space-y-3 rounded-lg border border-line bg-paper p-3"
      aria-label={t("answerTogether")}
    >
      <fieldset>
        <legend className={label}>{t("featureLegend")}</legend>
        <p className="text-xs text-muted">{t("featureNote")}</p>
        <div className="mt-2 space-y-1.5">
          {cluster.comments.map((c, i) => (
            <label key={c.id} className="flex cursor-pointer items-start gap-2 rounded-md p-1.5 hover:bg-card">
              <input
                type="radio"
                name={`${id}-feature`}
                value={c.id}
                checked={featureId === c.id}
                onChange={() => setFeatureId(c.id)}
                className="mt-1 size-4 shrink-0 accent-[var(--color-accent)]"
              />
              <span className="min-w-0 text-sm">
                <span className="font-semibold">{c.comment.author.name}</span>
                {i === 0 && <span className="ml-1.5 text-xs text-accent-strong">({t("representative")})</span>}
                <span className="block line-clamp-2 break-words text-muted">{c.comment.body}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="space-y-1">
        <label htmlFor={id} className={label}>
          {t("replyLabel")}
        </label>
        <textarea
          id={id}
          ref={input}
          rows={4}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter" && (e.metaKey || e.ctrlKey)) e.currentTarget.form?.requestSubmit();
          }}
          aria-invalid={error !== null}
          aria-describedby={`${id}-count`}
          className={field}
        />
      </div>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <CharCount id={`${id}-count`} length={body.length} max={REPLY_MAX_LENGTH} />
        <div className="flex gap-2">
          <button type="button" className={buttonQuiet} onClick={onCancel}>
            {t("cancel")}
          </button>
          <button type="submit" className={buttonPrimary} disabled={isPending}>
            {isPending ? t("submitting") : t("submit", { count: cluster.commentIds.length })}
          </button>
        </div>
      </div>
      {error && (
        <p role="alert" className={errorText}>
          {error}
        </p>
      )}
    </form>
  );
}
