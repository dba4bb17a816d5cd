"use client";

import type { CommentDTO } from "@/lib/comments/schema";
import { useTranslations } from "next-intl";
import { useDiscussion } from "./discussion-context";
import { ProgressSteps } from "./progress-steps";

const tag = "inline-flex items-center rounded px-1.5 py-0.5 text-xs font-semibold";

/** Instructor and Pinned tags beside the author's name. */
export function CommentBadges({ comment }: { comment: CommentDTO }) {
  const t = useTranslations("comments");
  return (
    <>
      {comment.author.isInstructor && (
        <span className={`${tag} bg-accent-soft text-accent-strong`}>{t("instructor")}</span>
      )}
      {comment.pinned && comment.status === "featured" && (
        <span className={`${tag} bg-ink text-white`}>{t("pinned")}</span>
      )}
    </>
  );
}

/**
 * Where a comment stands: told to its author in words, with the steps it went through
 * (progress, which the server gives the author alone), and to curators as a tag.
 */
export function CommentState({ comment }: { comment: CommentDTO }) {
  const t = useTranslations("comments");
  const { viewerId } = useDiscussion();
  const progress = comment.isDeleted ? null : comment.progress;
  if (comment.status === "featured") return progress && <ProgressSteps progress={progress} className="mt-2" />;
  const steps = progress && <ProgressSteps progress={progress} className="w-full" />;
  const isMine = viewerId === comment.author.id;
  if (comment.status === "pending") {
    return (
      <div className="mt-2 flex flex-wrap gap-2">
        <p className={`${tag} bg-warn-soft text-warn`}>{isMine ? t("awaiting") : t("statusPending")}</p>
        {steps}
        {comment.heldReason && (
          <p className={`${tag} bg-red-50 text-red-800`}>{t("heldBack", { reason: comment.heldReason })}</p>
        )}
      </div>
    );
  }
  if (comment.status === "linked") {
    return (
      <div className="mt-2 flex flex-wrap gap-2">
        {steps}
        {!isMine && <p className={`${tag} bg-accent-soft text-accent-strong`}>{t("statusLinked")}</p>}
        {comment.answeredIn && (
          <a
            href={comment.answeredIn.href}
            aria-label={isMine ? t("answeredInLabel") : undefined}
            className={`${tag} bg-accent-soft text-accent-strong underline underline-offset-2`}
          >
            {t("answeredIn")}
          </a>
        )}
      </div>
    );
  }
  if (progress) return <ProgressSteps progress={progress} className="mt-2" />;
  return <p className={`${tag} mt-2 bg-black/5 text-muted`}>{isMine ? t("notFeatured") : t("statusHidden")}</p>;
}
