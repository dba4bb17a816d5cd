"use client";

import { ReplyBox } from "@/components/comments/reply-box";
import { useReplyDraft } from "@/components/comments/use-reply-draft";
import { label } from "@/components/ui/styles";
import type { ClusterDTO } from "@/lib/studio/clusters-schema";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
type Props = {
  cluster: ClusterDTO;
  /** Sends the answer; resolves to an error message, or null once answered. */
  onSubmit: (featureId: string, body: string) => Promise<string | null>;
  onCancel: () => void;
};

/** Pick the comment to feature (the representative by default) and write one answer for the whole group. */
export function AnswerGroupForm({ cluster, onSubmit, onCancel }: Props) {
  const t = useTranslations("studio.groups");
  const id = useId();
  const input = useRef<HTMLTextAreaElement>(null);
  const [featureId, setFeatureId] = useState(cluster.commentIds[0]!);
  const draft = useReplyDraft((body) => onSubmit(featureId, body)); // on failure the answer stays in the box

  useEffect(() => input.current?.focus(), []);

  return (
    <form
      onSubmit={draft.submit}
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
      <ReplyBox
        id={id}
        rows={4}
        inputRef={input}
        draft={draft}
        label={t("replyLabel")}
        onCancel={onCancel}
        cancelLabel={t("cancel")}
        submitLabel={t("submit", { count: cluster.commentIds.length })}
        sendingLabel={t("submitting")}
      />
    </form>
  );
}
