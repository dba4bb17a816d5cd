"use client";

import { callApi } from "@/components/ui/api";
import { buttonPrimary, errorText, field, label } from "@/components/ui/styles";
import { COMMENT_MAX_LENGTH, CreateCommentSchema, type CommentDTO } from "@/lib/comments/schema";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useId, useState, type FormEvent } from "react";
import { CharCount } from "./char-count";
import { useDiscussion } from "./discussion-context";
import { SimilarQuestions } from "./similar-questions";
import { useDraft } from "./use-draft";
import { useApiErrorMessage, useValidationMessage } from "./use-messages";
import { useSimilarQuestions } from "./use-similar-questions";

type Problem = { text: string; isSessionExpired: boolean };

/** New comment form; the draft survives reloads and failures until the server answers 201. */
export function Composer({ onPosted }: { onPosted: (comment: CommentDTO) => void }) {
  const t = useTranslations("comments");
  const describe = useApiErrorMessage();
  const invalid = useValidationMessage();
  const { articleId, signInHref, viewerId, access } = useDiscussion();
  // An instructor's comment waits for curation too (lib/comments/mutations.ts): they feature it themselves.
  const isCurator = access.canCurate;
  const id = useId();
  // Per person and article: a shared computer must not hand one account's draft to another.
  const [draft, setDraft] = useDraft(`jingxuan:draft:comment:${viewerId ?? "anon"}:${articleId}`);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [isPending, setPending] = useState(false);
  const [isPosted, setPosted] = useState(false);
  // Dismissing the suggestions holds for this draft; a new one (after posting or clearing) asks again.
  const [isDismissed, setDismissed] = useState(false);
  const suggestions = useSimilarQuestions(articleId, draft, !isDismissed);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPosted(false);
    const parsed = CreateCommentSchema.safeParse({ body: draft });
    if (!parsed.success)
      return setProblem({ text: invalid(parsed.error, COMMENT_MAX_LENGTH), isSessionExpired: false });
    setPending(true);
    setProblem(null);
    const res = await callApi<CommentDTO>(`/api/articles/${articleId}/comments`, "POST", parsed.data);
    setPending(false);
    if (!res.ok) {
      const isSessionExpired = res.status === 401;
      return setProblem({
        text: isSessionExpired ? t("errors.sessionExpired") : `${describe(res)} ${t("errors.draftKept")}`,
        isSessionExpired,
      });
    }
    setDraft(""); // only now: the server has the comment
    setDismissed(false);
    setPosted(true);
    onPosted(res.data);
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-2 rounded-xl border border-line bg-card p-4 shadow-sm">
      <label htmlFor={id} className={label}>
        {t("yourComment")}
      </label>
      <textarea
        id={id}
        rows={4}
        value={draft}
        onChange={(e) => {
          setDraft(e.target.value);
          setPosted(false);
          if (!e.target.value.trim()) setDismissed(false);
        }}
        aria-invalid={problem !== null && !problem.isSessionExpired}
        aria-describedby={`${id}-note ${id}-count`}
        className={`${field} min-h-28 resize-y`}
      />
      <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-1">
        <p id={`${id}-note`} className="text-sm text-muted">
          {isCurator ? t("composerNoteCurator") : t("composerNote")}
        </p>
        <CharCount id={`${id}-count`} length={draft.length} max={COMMENT_MAX_LENGTH} />
      </div>
      <SimilarQuestions items={suggestions} articleId={articleId} onDismiss={() => setDismissed(true)} />
      <p role="status" className="sr-only">
        {suggestions.length > 0 && t("similar.found", { count: suggestions.length })}
      </p>
      {problem && (
        <p role="alert" className={errorText}>
          {problem.text}{" "}
          {problem.isSessionExpired && (
            <Link href={signInHref} className="font-medium underline">
              {t("errors.signInAgain")}
            </Link>
          )}
        </p>
      )}
      <div className="flex flex-wrap items-center justify-end gap-3">
        {isPosted && (
          <p role="status" className="mr-auto text-sm text-accent-strong">
            {isCurator ? t("postedCurator") : t("posted")}
          </p>
        )}
        {!isPosted && draft && <p className="mr-auto text-xs text-muted">{t("draftSaved")}</p>}
        <button type="submit" className={buttonPrimary} disabled={isPending}>
          {isPending ? t("posting") : t("postComment")}
        </button>
      </div>
    </form>
  );
}
