import type { RequeuedComment } from "@/lib/comments/linked";
import type { PublicCommentDTO, ReplyDTO } from "@/lib/comments/schema";
import { publish } from "@/lib/events/publish";
import type { LiveEventData } from "@/lib/events/schema";
import { noticeQueueAdded, noticeQueueRemoved } from "@/lib/events/studio";
import "server-only";

// The discussion's events, as lib/comments publishes them once a change has committed.
// Payloads are what a visitor sees: no per-viewer bits, no hold reasons.

export type CurationChange = {
  courseId: string;
  wasPending: boolean;
  /** Linked comments whose answer left the featured list: back in the queue. */
  requeued: RequeuedComment[];
  wasFeatured: boolean;
  isFeatured: boolean;
  featuredCount: number | null;
};

const publicView = (c: PublicCommentDTO): PublicCommentDTO => ({ ...c, likedByMe: false, heldReason: null });

/**
 * A curation action: featured (or a featured one re-pinned) → comment.featured; left the
 * featured list → comment.unfeatured; and the studio queue learns what entered or left it.
 */
export async function publishCuration(comment: PublicCommentDTO, change: CurationChange): Promise<void> {
  const where = { courseId: change.courseId, articleId: comment.articleId };
  const isPending = comment.status === "pending";
  if (change.wasPending && !isPending) await noticeQueueRemoved({ ...where, ids: [comment.id] });
  if (!change.wasPending && isPending) await noticeQueueAdded({ ...where, kind: "comment" });
  await noticeRequeued(change.courseId, change.requeued);
  if (change.isFeatured) {
    await publish(comment.articleId, "comment.featured", {
      comment: publicView(comment),
      wasFeatured: change.wasFeatured,
      ...(change.featuredCount !== null && { featuredCount: change.featuredCount }),
    });
  } else if (change.wasFeatured) {
    await publish(comment.articleId, "comment.unfeatured", {
      id: comment.id,
      featuredCount: change.featuredCount ?? 0,
    });
  }
}

/** Linked comments back in the queue (their answer left the featured list), once per article. */
export async function noticeRequeued(courseId: string, requeued: RequeuedComment[]): Promise<void> {
  for (const articleId of new Set(requeued.map((r) => r.articleId))) {
    await noticeQueueAdded({ courseId, articleId, kind: "comment" });
  }
}

/** A new reply to a featured comment of `articleId`. */
export async function publishReply(articleId: string, reply: ReplyDTO, replyCount: number): Promise<void> {
  await publish(articleId, "reply.created", { reply, replyCount });
}

/** A reply hidden from `articleId`'s discussion, and its comment's reply count after it. */
export async function publishReplyHidden(articleId: string, hidden: LiveEventData["reply.hidden"]): Promise<void> {
  await publish(articleId, "reply.hidden", hidden);
}

/** A public reply rewritten by its author. */
export async function publishReplyEdited(articleId: string, reply: ReplyDTO): Promise<void> {
  await publish(articleId, "reply.edited", { reply });
}

/** A public reply deleted by its author, and its comment's reply count after it. */
export async function publishReplyDeleted(articleId: string, deleted: LiveEventData["reply.deleted"]): Promise<void> {
  await publish(articleId, "reply.deleted", deleted);
}

/** A featured comment deleted by its author, and the article's featured count after it. */
export async function publishDeletion(articleId: string, commentId: string, featuredCount: number): Promise<void> {
  await publish(articleId, "comment.deleted", { id: commentId, featuredCount });
}
