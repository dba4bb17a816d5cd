import { articleCacheNamespace } from "@/lib/articles/queries";
import type { CurrentUser } from "@/lib/auth/session";
import { invalidate } from "@/lib/cache";
import { nextMarks } from "@/lib/comments/curation-marks";
import { requeueLinked } from "@/lib/comments/linked";
import { commentSelect, forViewer, getVisibleComment, likedByViewer, toCommentDTO } from "@/lib/comments/queries";
import { insertReply } from "@/lib/comments/replies";
import type { CreateReplyInput, CurationInput, CurationResultDTO } from "@/lib/comments/schema";
import { isOpenForDiscussion } from "@/lib/comments/visibility";
import { ARCHIVED_MESSAGE, requireCuration } from "@/lib/courses/access";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { publishCuration, publishReply, type CurationChange } from "@/lib/events/comments";
import type { CommentStatus, Prisma } from "@/lib/generated/prisma/client";
import { notify } from "@/lib/mail/notify";
import { invalidateSimilarQuestions } from "@/lib/similarity/similar-questions";
import "server-only";

const STATUS: Record<NonNullable<CurationInput["status"]>, CommentStatus> = {
  featured: "FEATURED",
  pending: "PENDING",
  hidden: "HIDDEN",
};

type Locked = {
  status: CommentStatus;
  pinned_at: Date | null;
  deleted_at: Date | null;
  article_id: string;
  author_id: string;
  course_id: string;
  held_reason: string | null;
  curation_reason: string | null;
  faq_at: Date | null;
  updated_at: Date;
};

/**
 * The course's instructors (and admins) feature, unfeature, hide and pin. The comment row
 * is locked so two curators acting at once move the featured count exactly once; every
 * action writes an audit event in the same transaction.
 */
export async function curateComment(
  user: CurrentUser,
  commentId: string,
  input: CurationInput,
): Promise<CurationResultDTO> {
  if (input.reply) return featureAndAnswer(user, commentId, { ...input, reply: input.reply });
  const { comment } = await getVisibleComment(user, commentId); // 404 for what you cannot see
  const access = await requireCuration(user, comment.courseId); // 403 for what you see but may not curate

  const change = await db.$transaction((tx) => applyCuration(tx, user, commentId, input));

  await invalidate(articleCacheNamespace(comment.articleId));
  await invalidateSimilarQuestions(change.courseId); // what is answered, or its other wordings, may have changed
  const row = await db.comment.findUniqueOrThrow({ where: { id: commentId }, select: commentSelect(comment.courseId) });
  await publishCuration(toCommentDTO(row), change); // live, once committed
  const liked = await likedByViewer(user, [commentId]);
  return forViewer(toCommentDTO(row, liked.has(commentId)), user, access);
}

/**
 * Feature and answer as the author, in one transaction: the comment is featured with the
 * curator's reply beneath it, or, if either step fails, nothing changes. Curators of the
 * comment's course only. Events, notifications and the audit event are those of the two
 * steps (curateComment, then createReply), published in that order once committed.
 */
export async function featureAndAnswer(
  user: CurrentUser,
  commentId: string,
  input: Omit<CurationInput, "status" | "reply"> & { reply: CreateReplyInput },
): Promise<CurationResultDTO> {
  const { comment, access } = await getVisibleComment(user, commentId); // 404 for what you cannot see
  await requireCuration(user, comment.courseId); // 403 for what you see but may not curate
  if (!access.canPost) throw new AppError("forbidden", ARCHIVED_MESSAGE);
  const select = commentSelect(comment.courseId);

  const { change, featured, reply, replyCount } = await db.$transaction(async (tx) => {
    const change = await applyCuration(tx, user, commentId, { ...input, status: "featured" });
    const featured = await tx.comment.findUniqueOrThrow({ where: { id: commentId }, select });
    if (!isOpenForDiscussion(featured)) throw new AppError("not_found", "Comment not found.");
    const target = { ...featured, courseId: change.courseId };
    return { change, featured, ...(await insertReply(tx, user, target, input.reply, access.canCurate)) };
  });

  await invalidate(articleCacheNamespace(comment.articleId));
  await invalidateSimilarQuestions(change.courseId); // now an answered question
  await publishCuration(toCommentDTO(featured), change); // live, once committed: featured first…
  await publishReply(comment.articleId, reply, replyCount); // …then its answer
  const row = await db.comment.findUniqueOrThrow({ where: { id: commentId }, select });
  const liked = await likedByViewer(user, [commentId]);
  return { ...forViewer(toCommentDTO(row, liked.has(commentId)), user, access), reply };
}

/**
 * One curation action inside the caller's transaction (the caller has authorized `user`
 * as a curator of the comment's course): locks the row, checks the transition, writes the
 * status, the featured count, the author's notification and the audit event.
 */
export async function applyCuration(
  tx: Prisma.TransactionClient,
  user: CurrentUser,
  commentId: string,
  input: Omit<CurationInput, "reply">,
): Promise<CurationChange> {
  const [before] = await tx.$queryRaw<Locked[]>`
    SELECT status, pinned_at, deleted_at, article_id, author_id, course_id, held_reason, curation_reason, faq_at,
      updated_at
    FROM comments WHERE id = ${commentId} FOR UPDATE`;
  if (!before || before.deleted_at) throw new AppError("not_found", "Comment not found.");
  const status = input.status ? STATUS[input.status] : before.status;
  const isPinned = status === "FEATURED" && (input.pinned ?? before.pinned_at !== null);
  if (input.pinned && status !== "FEATURED") throw new AppError("conflict", "Only featured comments can be pinned.");
  const becomesFeatured = status === "FEATURED" && before.status !== "FEATURED";
  if (becomesFeatured && before.held_reason)
    throw new AppError("conflict", `Held back from featuring: ${before.held_reason}`);
  // What goes public must be the text the curator read: an edit cannot slip past curation.
  if (becomesFeatured && input.seenUpdatedAt && before.updated_at.getTime() > Date.parse(input.seenUpdatedAt))
    throw new AppError("conflict", "This comment changed after you loaded it. Read it again before featuring it.");
  const leavesFeatured = status !== "FEATURED" && before.status === "FEATURED";
  const marks = await nextMarks(tx, commentId, before, status, input);

  await tx.comment.update({
    where: { id: commentId },
    data: {
      status,
      ...marks,
      pinnedAt: isPinned ? (before.pinned_at ?? new Date()) : null,
      ...(becomesFeatured && { featuredAt: new Date(), featuredById: user.id }),
      // A curator's decision replaces a link to another comment's answer.
      ...(status !== "LINKED" && { answeredInId: null }),
    },
  });
  const requeued = leavesFeatured ? await requeueLinked(tx, commentId) : [];
  let featuredCount: number | null = null;
  if (becomesFeatured || leavesFeatured) {
    ({ featuredCommentCount: featuredCount } = await tx.article.update({
      where: { id: before.article_id },
      data: { featuredCommentCount: { increment: becomesFeatured ? 1 : -1 } },
      select: { featuredCommentCount: true },
    }));
  }
  if (becomesFeatured && before.author_id !== user.id) {
    await notify(tx, before.author_id, "COMMENT_FEATURED", { commentId, articleId: before.article_id });
  }
  await tx.auditEvent.create({
    data: {
      courseId: before.course_id,
      actorId: user.id,
      action: "comment.curate",
      targetType: "comment",
      targetId: commentId,
      before: {
        status: before.status,
        pinned: before.pinned_at !== null,
        reason: before.curation_reason,
        faq: before.faq_at !== null,
      },
      after: { status, pinned: isPinned, reason: marks.curationReason, faq: marks.faqAt !== null },
    },
  });
  return {
    courseId: before.course_id,
    wasPending: before.status === "PENDING",
    requeued,
    wasFeatured: before.status === "FEATURED",
    isFeatured: status === "FEATURED",
    featuredCount,
  };
}
