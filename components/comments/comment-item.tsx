"use client";

import { Avatar } from "@/components/ui/avatar";
import { buttonQuiet } from "@/components/ui/styles";
import { commentAnchor } from "@/lib/comments/anchor";
import type { CommentDTO } from "@/lib/comments/schema";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { CommentBadges, CommentState } from "./comment-status";
import { FeaturedReason } from "./featured-reason";
import { LikeButton } from "./like-button";
import { CurationControls, OwnCommentActions, ReplyForm, ReportButton } from "./on-demand";
import { RelativeTime } from "./relative-time";
import { ReplyList } from "./reply-list";
import { useReplies } from "./use-replies";
import { useSeenOnScreen } from "./use-seen-on-screen";

const TONE: Record<CommentDTO["status"], string> = {
  featured: "border-line bg-card",
  pending: "border-warn/40 bg-warn-soft/40",
  hidden: "border-dashed border-line bg-paper",
  linked: "border-line bg-paper",
};

export function CommentItem({
  comment,
  onCurated,
}: {
  comment: CommentDTO;
  onCurated: (prev: CommentDTO, next: CommentDTO) => void;
}) {
  const t = useTranslations("comments");
  const thread = useReplies(comment);
  const [isReplying, setReplying] = useState(false);
  const { can } = comment; // what the server says this viewer may do; nothing here re-derives it
  const seenRef = useSeenOnScreen(comment.id, can.curate && comment.status === "pending");
  // An author reply arriving live answers the author's featured comment at once (the server agrees on the next read).
  const isAnsweredHere = comment.progress?.state === "featured" && thread.items.some((r) => r.isAuthorReply);
  const shown = isAnsweredHere ? { ...comment, progress: { state: "answered" as const, reason: null } } : comment;

  return (
    <article
      ref={seenRef}
      id={commentAnchor(comment.id)}
      aria-label={t("commentBy", { name: comment.author.name })}
      className={`scroll-mt-24 rounded-xl border p-4 shadow-sm target:ring-2 target:ring-accent/60 sm:p-5 ${TONE[comment.status]}`}
    >
      <div className="flex gap-3">
        <Avatar id={comment.author.id} name={comment.author.name} url={comment.author.avatarUrl} size={40} />
        <div className="min-w-0 flex-1">
          <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
            <span className="font-semibold">{comment.author.name}</span>
            <CommentBadges comment={comment} />
            <RelativeTime iso={comment.createdAt} className="ml-auto" />
          </div>
          <CommentState comment={shown} />
          {comment.isDeleted ? (
            <p className="mt-2 italic text-muted">{t("deleted")}</p>
          ) : (
            <p className="mt-2 whitespace-pre-wrap break-words leading-relaxed">{comment.body}</p>
          )}
          {comment.reason && <FeaturedReason reason={comment.reason} />}
          {comment.status === "featured" && (
            <div className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-2">
              {!comment.isDeleted && (
                <LikeButton
                  commentId={comment.id}
                  liked={comment.likedByMe}
                  count={comment.likeCount}
                  canLike={can.like}
                />
              )}
              <span className="text-sm text-muted">{t("replyCount", { count: thread.count })}</span>
              {can.reply && (
                <button
                  type="button"
                  className={buttonQuiet}
                  aria-expanded={isReplying}
                  onClick={() => setReplying((v) => !v)}
                >
                  {can.curate ? t("replyAsAuthor") : t("reply")}
                </button>
              )}
              {can.report && <ReportButton target={{ commentId: comment.id }} />}
            </div>
          )}
          {(can.edit || can.delete) && (
            <OwnCommentActions comment={comment} onChanged={(next) => onCurated(comment, next)} />
          )}
          {can.curate && (
            <CurationControls
              comment={comment}
              hasAuthorReply={thread.items.some((r) => r.isAuthorReply)}
              onCurated={onCurated}
            />
          )}
          {comment.status === "featured" && <ReplyList thread={thread} />}
          {isReplying && (
            <ReplyForm
              commentId={comment.id}
              onCancel={() => setReplying(false)}
              onPosted={(reply) => {
                thread.add(reply);
                setReplying(false);
              }}
            />
          )}
        </div>
      </div>
    </article>
  );
}
