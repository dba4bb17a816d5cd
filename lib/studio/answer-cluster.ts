import { articleCacheNamespace } from "@/lib/articles/queries";
import type { CurrentUser } from "@/lib/auth/session";
import { invalidate } from "@/lib/cache";
import { applyCuration } from "@/lib/comments/curation";
import { commentSelect, forViewer, toCommentDTO } from "@/lib/comments/queries";
import { insertReply } from "@/lib/comments/replies";
import { isOpenForDiscussion } from "@/lib/comments/visibility";
import { ARCHIVED_MESSAGE, requireCuration } from "@/lib/courses/access";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { publishCuration, publishReply } from "@/lib/events/comments";
import { noticeQueueRemoved } from "@/lib/events/studio";
import type { Prisma } from "@/lib/generated/prisma/client";
import { notify } from "@/lib/mail/notify";
import { invalidateSimilarQuestions } from "@/lib/similarity/similar-questions";
import type { AnswerClusterInput, AnswerClusterResultDTO } from "@/lib/studio/clusters-schema";
import "server-only";

type LockedRow = {
  id: string;
  status: string;
  deleted_at: Date | null;
  course_id: string;
  article_id: string;
  author_id: string;
};

const STALE = "Some of these comments were curated or deleted meanwhile. Reload the queue and try again.";

/**
 * Answers a group of pending comments that ask the same question, in one transaction: features
 * `featureId` with the curator's reply beneath it and links the others to it, notifying every
 * author. The course's instructors and admins only (403); 409, changing nothing, when any
 * comment is no longer pending or belongs to another course.
 */
export async function answerCluster(user: CurrentUser, input: AnswerClusterInput): Promise<AnswerClusterResultDTO> {
  const target = await db.comment.findUnique({ where: { id: input.featureId }, select: { courseId: true } });
  if (!target) throw new AppError("not_found", "Comment not found.");
  const access = await requireCuration(user, target.courseId);
  if (!access.canPost) throw new AppError("forbidden", ARCHIVED_MESSAGE);
  const select = commentSelect(target.courseId);
  const linkedIds = input.commentIds.filter((id) => id !== input.featureId);

  const done = await db.$transaction(async (tx) => {
    const rows = await lockAll(tx, input.commentIds);
    const isStale = (r: LockedRow) =>
      r.status !== "PENDING" || r.deleted_at !== null || r.course_id !== target.courseId;
    if (rows.length !== input.commentIds.length || rows.some(isStale)) throw new AppError("conflict", STALE);

    const change = await applyCuration(tx, user, input.featureId, { status: "featured" });
    const featured = await tx.comment.findUniqueOrThrow({ where: { id: input.featureId }, select });
    if (!isOpenForDiscussion(featured)) throw new AppError("conflict", STALE);
    const answer = { ...featured, courseId: target.courseId };
    const { reply, replyCount } = await insertReply(tx, user, answer, input.reply, true);
    await linkAll(
      tx,
      user,
      rows.filter((r) => r.id !== input.featureId),
      featured,
    );
    return { change, featured, reply, replyCount, linked: rows.filter((r) => r.id !== input.featureId) };
  });

  // Live, once committed: the answer appears, and every member leaves all instructors' queues.
  await invalidate(articleCacheNamespace(done.featured.articleId));
  await invalidateSimilarQuestions(target.courseId); // an answered question now
  await publishCuration(toCommentDTO(done.featured), done.change);
  await publishReply(done.featured.articleId, done.reply, done.replyCount);
  for (const articleId of new Set(done.linked.map((r) => r.article_id))) {
    const ids = done.linked.filter((r) => r.article_id === articleId).map((r) => r.id);
    await noticeQueueRemoved({ courseId: target.courseId, articleId, ids });
  }
  const row = await db.comment.findUniqueOrThrow({ where: { id: input.featureId }, select });
  return { featured: forViewer(toCommentDTO(row), user, access), reply: done.reply, linkedIds };
}

/** Locks the rows in id order, so two curators answering overlapping groups cannot deadlock. */
const lockAll = (tx: Prisma.TransactionClient, ids: string[]) => tx.$queryRaw<LockedRow[]>`
  SELECT id, status::text, deleted_at, course_id, article_id, author_id
  FROM comments WHERE id = ANY(${ids}) ORDER BY id FOR UPDATE`;

/** The others: linked to the featured answer, each author told where it is, each change audited. */
async function linkAll(
  tx: Prisma.TransactionClient,
  user: CurrentUser,
  others: LockedRow[],
  answer: { id: string; articleId: string },
) {
  await tx.comment.updateMany({
    where: { id: { in: others.map((r) => r.id) } },
    data: { status: "LINKED", answeredInId: answer.id },
  });
  for (const r of others) {
    if (r.author_id !== user.id) {
      await notify(tx, r.author_id, "COMMENT_LINKED", {
        articleId: answer.articleId,
        commentId: r.id,
        answeredInId: answer.id,
      });
    }
    await tx.auditEvent.create({
      data: {
        courseId: r.course_id,
        actorId: user.id,
        action: "comment.link",
        targetType: "comment",
        targetId: r.id,
        before: { status: "PENDING" },
        after: { status: "LINKED", answeredInId: answer.id },
      },
    });
  }
}
