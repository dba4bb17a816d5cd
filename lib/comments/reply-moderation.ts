import { articleCacheNamespace } from "@/lib/articles/queries";
import { audit } from "@/lib/audit";
import type { CurrentUser } from "@/lib/auth/session";
import { invalidate } from "@/lib/cache";
import { getVisibleComment } from "@/lib/comments/queries";
import { replySelect, toReplyDTO } from "@/lib/comments/replies";
import {
  canDeleteReply,
  canEditReply,
  type ReplyCurationInput,
  type ReplyCurationResultDTO,
  type ReplyFacts,
  type UpdateReplyInput,
} from "@/lib/comments/reply-schema";
import type { ReplyDTO } from "@/lib/comments/schema";
import { requireCuration } from "@/lib/courses/access";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { publishReply, publishReplyDeleted, publishReplyEdited, publishReplyHidden } from "@/lib/events/comments";
import { noticeQueueChanged, noticeQueueRemoved } from "@/lib/events/studio";
import type { Prisma, ReplyStatus } from "@/lib/generated/prisma/client";
import { notify } from "@/lib/mail/notify";
import { indexReply } from "@/lib/search/write-index";
import { invalidateSimilarQuestions } from "@/lib/similarity/similar-questions";
import "server-only";

// Moderating replies: curators publish and hide them, authors edit and delete their own. Each
// action locks the reply's row, so the comment's count of public replies moves exactly once,
// and writes its audit event in the same transaction; viewers learn of it once it committed.

type Tx = Prisma.TransactionClient;

type LockedReply = {
  id: string;
  comment_id: string;
  author_id: string;
  body: string;
  status: ReplyStatus;
  is_author_reply: boolean;
  updated_at: Date;
  hidden_at: Date | null;
  deleted_at: Date | null;
};

async function lockReply(tx: Tx, replyId: string): Promise<LockedReply> {
  const [row] = await tx.$queryRaw<LockedReply[]>`
    SELECT id, comment_id, author_id, body, status, is_author_reply, updated_at, hidden_at, deleted_at
    FROM replies WHERE id = ${replyId} FOR UPDATE`;
  if (!row) throw new AppError("not_found", "Reply not found.");
  return row;
}

/** Counted in its comment's reply count and shown to everyone. */
const isPublic = (r: Pick<LockedReply, "status" | "hidden_at" | "deleted_at">) =>
  r.status === "PUBLISHED" && !r.hidden_at && !r.deleted_at;

/** Waiting in the studio queue. */
const isQueued = (r: Pick<LockedReply, "status" | "hidden_at" | "deleted_at">) =>
  r.status === "PENDING" && !r.hidden_at && !r.deleted_at;

const factsOf = (r: LockedReply): ReplyFacts => ({
  authorId: r.author_id,
  isAuthorReply: r.is_author_reply,
  isPending: r.status === "PENDING",
  isGone: r.hidden_at !== null || r.deleted_at !== null,
});

const stateOf = (r: Pick<LockedReply, "status" | "hidden_at">) => ({
  status: r.status === "PENDING" ? "pending" : "published",
  hidden: r.hidden_at !== null,
});

/**
 * The reply, if `user` may see it: the course's curators see every reply of a comment they
 * see; others its public replies and their own. 404 otherwise, so nothing leaks.
 */
async function getVisibleReply(user: CurrentUser, replyId: string) {
  const reply = await db.reply.findUnique({
    where: { id: replyId },
    select: { commentId: true, authorId: true, status: true, hiddenAt: true, deletedAt: true },
  });
  if (!reply) throw new AppError("not_found", "Reply not found.");
  const { comment, access } = await getVisibleComment(user, reply.commentId);
  const isOwn = reply.authorId === user.id && !reply.deletedAt;
  const facts = { status: reply.status, hidden_at: reply.hiddenAt, deleted_at: reply.deletedAt };
  if (!access.canCurate && !isOwn && !isPublic(facts)) throw new AppError("not_found", "Reply not found.");
  return { reply, comment, access };
}

async function changeReplyCount(tx: Tx, commentId: string, by: 1 | -1): Promise<number> {
  const { replyCount } = await tx.comment.update({
    where: { id: commentId },
    data: { replyCount: { increment: by } },
    select: { replyCount: true },
  });
  return replyCount;
}

const readReplyCount = async (tx: Tx, commentId: string) =>
  (await tx.comment.findUniqueOrThrow({ where: { id: commentId }, select: { replyCount: true } })).replyCount;

/**
 * Hides a reply inside the caller's transaction (the caller has authorized `user` as a curator
 * of `courseId`): hiddenAt set, the reply count down by one if it was public, audited.
 */
async function applyHide(tx: Tx, user: CurrentUser, courseId: string, r: LockedReply) {
  // Raw, so updated_at keeps meaning "edited by its author".
  await tx.$executeRaw`UPDATE replies SET hidden_at = ${new Date()} WHERE id = ${r.id}`;
  const replyCount = isPublic(r)
    ? await changeReplyCount(tx, r.comment_id, -1)
    : await readReplyCount(tx, r.comment_id);
  await audit(tx, {
    courseId,
    actorId: user.id,
    action: "reply.hide",
    targetType: "reply",
    targetId: r.id,
    before: stateOf(r),
    after: { ...stateOf(r), hidden: true },
  });
  return replyCount;
}

/**
 * Hides a reported reply, for the report's settlement (lib/studio/reports.ts), in its
 * transaction. Null when it was hidden or deleted already; otherwise what viewers must learn.
 */
export async function hideReportedReply(tx: Tx, user: CurrentUser, courseId: string, replyId: string) {
  const r = await lockReply(tx, replyId);
  if (r.hidden_at || r.deleted_at) return null;
  const replyCount = await applyHide(tx, user, courseId, r);
  return { id: r.id, commentId: r.comment_id, replyCount, wasPublic: isPublic(r) };
}

/**
 * The course's curators publish a reply awaiting curation (or one they hid), or hide a reply.
 * 404 for a reply you cannot see, 403 for one you see but may not curate, 409 when it was
 * deleted or already is what you ask.
 */
export async function curateReply(
  user: CurrentUser,
  replyId: string,
  input: ReplyCurationInput,
): Promise<ReplyCurationResultDTO> {
  const { comment } = await getVisibleReply(user, replyId);
  await requireCuration(user, comment.courseId);
  const courseId = comment.courseId;

  const { before, replyCount } = await db.$transaction(async (tx) => {
    const r = await lockReply(tx, replyId);
    if (r.deleted_at) throw new AppError("conflict", "This reply was deleted.");
    if (input.status === "hidden") {
      if (r.hidden_at) throw new AppError("conflict", "This reply is hidden already.");
      return { before: r, replyCount: await applyHide(tx, user, courseId, r) };
    }
    if (isPublic(r)) throw new AppError("conflict", "This reply is published already.");
    // What goes public must be the text the curator read: an edit cannot slip past curation.
    if (input.seenUpdatedAt && r.updated_at.getTime() > Date.parse(input.seenUpdatedAt))
      throw new AppError("conflict", "This reply changed after you loaded it. Reload to read it before publishing.");
    await tx.$executeRaw`UPDATE replies SET status = 'PUBLISHED', hidden_at = NULL WHERE id = ${r.id}`;
    const replyCount = await changeReplyCount(tx, r.comment_id, 1);
    if (r.status === "PENDING" && r.author_id !== user.id) {
      await notify(tx, r.author_id, "REPLY_PUBLISHED", {
        articleId: comment.articleId,
        commentId: r.comment_id,
        replyId: r.id,
      });
    }
    await audit(tx, {
      courseId,
      actorId: user.id,
      action: "reply.publish",
      targetType: "reply",
      targetId: r.id,
      before: stateOf(r),
      after: { status: "published", hidden: false },
    });
    return { before: r, replyCount };
  });

  const row = await db.reply.findUniqueOrThrow({ where: { id: replyId }, select: replySelect(courseId) });
  const reply = toReplyDTO(row);
  const isHidden = input.status === "hidden";
  // Live, once committed: the thread of every viewer, and the queue it leaves.
  if (isHidden ? isPublic(before) : true) await invalidate(articleCacheNamespace(comment.articleId));
  if (before.is_author_reply) await invalidateSimilarQuestions(courseId); // an answer came or went
  if (!isHidden) await publishReply(comment.articleId, reply, replyCount);
  else if (isPublic(before))
    await publishReplyHidden(comment.articleId, { id: replyId, commentId: reply.commentId, replyCount });
  if (isQueued(before)) await noticeQueueRemoved({ courseId, articleId: comment.articleId, ids: [replyId] });
  return { reply, isHidden, replyCount };
}

/** Its author rewrites a reply (see canEditReply): 403 for others, 409 when it may no longer change. */
export async function updateReply(user: CurrentUser, replyId: string, input: UpdateReplyInput): Promise<ReplyDTO> {
  const { reply: seen, comment, access } = await getVisibleReply(user, replyId);
  if (seen.authorId !== user.id) throw new AppError("forbidden", "Only its author may edit a reply.");
  const courseId = comment.courseId;

  const { before, row } = await db.$transaction(async (tx) => {
    const r = await lockReply(tx, replyId);
    if (r.deleted_at) throw new AppError("not_found", "Reply not found.");
    if (!canEditReply(user.id, access.canCurate, factsOf(r)))
      throw new AppError("conflict", "A reply can be edited only while it awaits curation.");
    const row = await tx.reply.update({
      where: { id: replyId },
      data: { body: input.body },
      select: replySelect(courseId),
    });
    await indexReply(tx, replyId, input.body);
    await audit(tx, {
      courseId,
      actorId: user.id,
      action: "reply.edit",
      targetType: "reply",
      targetId: replyId,
      before: { body: r.body },
      after: { body: input.body },
    });
    return { before: r, row };
  });

  const reply = toReplyDTO(row);
  if (isPublic(before)) {
    await invalidate(articleCacheNamespace(comment.articleId));
    if (before.is_author_reply) await invalidateSimilarQuestions(courseId); // the answer's text changed
    await publishReplyEdited(comment.articleId, reply);
  }
  if (isQueued(before)) await noticeQueueChanged({ courseId, articleId: comment.articleId, ids: [replyId] });
  return reply;
}

/** Its author deletes a reply (soft delete) at any time: it leaves the count if it was public. */
export async function deleteReply(user: CurrentUser, replyId: string): Promise<void> {
  const { reply: seen, comment } = await getVisibleReply(user, replyId);
  if (seen.authorId !== user.id)
    throw new AppError("forbidden", "Only its author may delete a reply; instructors hide others' replies.");
  const courseId = comment.courseId;

  const { before, replyCount } = await db.$transaction(async (tx) => {
    const r = await lockReply(tx, replyId);
    if (!canDeleteReply(user.id, { ...factsOf(r), isGone: r.deleted_at !== null }))
      throw new AppError("not_found", "Reply not found.");
    await tx.$executeRaw`UPDATE replies SET deleted_at = ${new Date()} WHERE id = ${r.id}`;
    const replyCount = isPublic(r) ? await changeReplyCount(tx, r.comment_id, -1) : null;
    await audit(tx, {
      courseId,
      actorId: user.id,
      action: "reply.delete",
      targetType: "reply",
      targetId: replyId,
      before: stateOf(r),
      after: { ...stateOf(r), deleted: true },
    });
    return { before: r, replyCount };
  });

  if (replyCount !== null) {
    await invalidate(articleCacheNamespace(comment.articleId));
    if (before.is_author_reply) await invalidateSimilarQuestions(courseId); // the answer is gone
    await publishReplyDeleted(comment.articleId, { id: replyId, commentId: before.comment_id, replyCount });
  }
  if (isQueued(before)) await noticeQueueRemoved({ courseId, articleId: comment.articleId, ids: [replyId] });
}
