import { Avatar } from "@/components/ui/avatar";
import type { AnsweredCommentDTO } from "@/lib/faq/schema";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

/** The instructor's "why featured" note (精选理由). */
export async function ReasonNote({ reason }: { reason: string }) {
  const t = await getTranslations("faq");
  return (
    <p className="mt-1 text-sm text-muted">
      <span className="font-medium text-accent-strong">{t("whyFeatured")}</span> {reason}
    </p>
  );
}

/** A featured comment's words and its "why featured" reason. */
export function QuestionBody({ comment }: { comment: AnsweredCommentDTO["comment"] }) {
  return (
    <>
      <p className="whitespace-pre-wrap break-words leading-relaxed">{comment.body}</p>
      {comment.reason && <ReasonNote reason={comment.reason} />}
    </>
  );
}

/** The author's answer beneath a question, marked as theirs. */
export async function AuthorAnswer({ reply }: { reply: AnsweredCommentDTO["authorReply"] }) {
  const t = await getTranslations("faq");
  return (
    <div className="mt-3 break-inside-avoid rounded-lg border-l-4 border-accent bg-accent-soft/60 px-3 py-2">
      <p className="flex items-center gap-2 text-sm font-semibold text-accent-strong">
        <Avatar id={reply.author.id} name={reply.author.name} url={reply.author.avatarUrl} size={20} />
        {t("answerBy", { name: reply.author.name })}
      </p>
      <p className="mt-1 whitespace-pre-wrap break-words leading-relaxed">{reply.body}</p>
    </div>
  );
}

/** A question and its answer as one block that a printed page does not split. */
export function AnsweredEntry({ entry, footer }: { entry: AnsweredCommentDTO; footer?: ReactNode }) {
  return (
    <div className="break-inside-avoid">
      <p className="mb-1 flex items-center gap-2 text-sm font-semibold">
        <Avatar
          id={entry.comment.author.id}
          name={entry.comment.author.name}
          url={entry.comment.author.avatarUrl}
          size={24}
        />
        {entry.comment.author.name}
      </p>
      <QuestionBody comment={entry.comment} />
      <AuthorAnswer reply={entry.authorReply} />
      {footer}
    </div>
  );
}
