import { articleCacheNamespace, getDiscussedArticle } from "@/lib/articles/queries";
import type { CurrentUser } from "@/lib/auth/session";
import { invalidate } from "@/lib/cache";
import { holdReasonFor } from "@/lib/comments/blocked-words";
import { requeueLinked } from "@/lib/comments/linked";
import { readOwnProgress } from "@/lib/comments/own-progress";
import { commentSelect, forViewer, getVisibleComment, toCommentDTO } from "@/lib/comments/queries";
import type { CommentDTO, CreateCommentInput } from "@/lib/comments/schema";
import { canDeleteComment, canEditComment } from "@/lib/comments/visibility";
import { requirePosting } from "@/lib/courses/access";
import { db, sqlRows } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { noticeRequeued, publishDeletion } from "@/lib/events/comments";
import { noticeQueueAdded, noticeQueueChanged, noticeQueueRemoved } from "@/lib/events/studio";
import { Prisma, type CommentStatus } from "@/lib/generated/prisma/client";
import { newId } from "@/lib/ids";
import { commentIndex } from "@/lib/search/index-values";
import { invalidateSimilarQuestions } from "@/lib/similarity/similar-questions";
import "server-only";

/**
 * Members (and the course's instructors, and admins) comment on published articles of a course
 * that is not archived; new comments await curation.
 */
export async function createComment(
  user: CurrentUser,
  articleId: string,
  input: CreateCommentInput,
): Promise<CommentDTO> {
  const { article } = await getDiscussedArticle(user, articleId);
  const access = await requirePosting(user, article.course.id);
  if (article.status !== "published") throw new AppError("conflict", "Comments open once the article is published.");
  const courseId = article.course.id;
  const heldReason = await holdReasonFor(courseId, input.body);
  const row = await insertComment(user, { courseId, articleId, body: input.body, heldReason });
  await noticeQueueAdded({ courseId, articleId, kind: "comment" }); // every new comment awaits curation
  return forViewer(toCommentDTO(row), user, access, { state: "received", reason: null });
}

type InsertedRow = { id: string; status: CommentStatus; created_at: Date; updated_at: Date; is_instructor: boolean };

/**
 * The new comment's row, as commentSelect reads it, from one statement outside Prisma's
 * pipeline (posting is a hot path): the insert, and whether the author is one of the course's
 * instructors. The author's name and picture are the caller's, read with the session. The
 * row's search terms and vector go in with the body, so it is findable from its first moment.
 */
async function insertComment(
  user: CurrentUser,
  c: { courseId: string; articleId: string; body: string; heldReason: string | null },
) {
  const now = new Date();
  const index = commentIndex(c.body);
  const [row] = await sqlRows<InsertedRow>(Prisma.sql`
    WITH inserted AS (
      INSERT INTO comments (id, course_id, article_id, author_id, body, held_reason, created_at, updated_at,
        terms, search_vector, index_version)
      VALUES (${newId()}, ${c.courseId}, ${c.articleId}, ${user.id}, ${c.body}, ${c.heldReason}, ${now}, ${now},
        ${index.terms}::text[], ${index.vector}::tsvector, ${index.version})
      RETURNING id, status, created_at, updated_at)
    SELECT i.*, EXISTS (SELECT 1 FROM course_members m
      WHERE m.course_id = ${c.courseId} AND m.user_id = ${user.id} AND m.role = 'INSTRUCTOR') AS is_instructor
    FROM inserted i`);
  const memberships = row!.is_instructor ? [{ role: "INSTRUCTOR" as const }] : [];
  return {
    id: row!.id,
    articleId: c.articleId,
    authorId: user.id,
    body: c.body,
    status: row!.status,
    pinnedAt: null,
    likeCount: 0,
    replyCount: 0,
    heldReason: c.heldReason,
    createdAt: row!.created_at,
    updatedAt: row!.updated_at,
    deletedAt: null,
    answeredIn: null,
    curationReason: null,
    faqAt: null,
    author: { id: user.id, name: user.name, avatarUrl: user.avatarUrl, memberships },
  };
}

/** Only the author edits, and only while the comment is pending. */
export async function updateComment(
  user: CurrentUser,
  commentId: string,
  input: CreateCommentInput,
): Promise<CommentDTO> {
  const { comment, access } = await getVisibleComment(user, commentId);
  if (!canEditComment(user, comment)) {
    throw new AppError(
      comment.authorId === user.id ? "conflict" : "forbidden",
      comment.authorId === user.id
        ? "A comment can be edited only while it awaits curation."
        : "Only the author may edit a comment.",
    );
  }
  // The status condition closes the race with a curator featuring it meanwhile (so the text of
  // a featured comment, which suggestions index, never changes here).
  const heldReason = await holdReasonFor(comment.courseId, input.body);
  const index = commentIndex(input.body);
  const updated = await sqlRows<{ id: string }>(Prisma.sql`
    UPDATE comments SET body = ${input.body}, held_reason = ${heldReason}, updated_at = ${new Date()},
      terms = ${index.terms}::text[], search_vector = ${index.vector}::tsvector, index_version = ${index.version}
    WHERE id = ${commentId} AND status = 'PENDING' AND deleted_at IS NULL
    RETURNING id`);
  if (updated.length === 0) throw new AppError("conflict", "A comment can be edited only while it awaits curation.");
  await noticeQueueChanged({ courseId: comment.courseId, articleId: comment.articleId, ids: [commentId] });
  const row = await db.comment.findUniqueOrThrow({ where: { id: commentId }, select: commentSelect(comment.courseId) });
  const dto = toCommentDTO(row);
  return forViewer(dto, user, access, (await readOwnProgress(user, [dto])).get(commentId));
}

/** The author deletes at any time (soft delete); a featured comment leaves the count at once. */
export async function deleteComment(user: CurrentUser, commentId: string): Promise<void> {
  const { comment } = await getVisibleComment(user, commentId);
  if (!canDeleteComment(user, comment)) throw new AppError("forbidden", "Only the author may delete a comment.");
  const deleted = await db.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ status: string; deleted_at: Date | null }[]>`
      SELECT status, deleted_at FROM comments WHERE id = ${commentId} FOR UPDATE`;
    if (!locked || locked.deleted_at) return null;
    await tx.comment.update({ where: { id: commentId }, data: { deletedAt: new Date(), pinnedAt: null } });
    if (locked.status !== "FEATURED") return { status: locked.status, featuredCount: null, requeued: [] };
    const { featuredCommentCount } = await tx.article.update({
      where: { id: comment.articleId },
      data: { featuredCommentCount: { decrement: 1 } },
      select: { featuredCommentCount: true },
    });
    return { status: locked.status, featuredCount: featuredCommentCount, requeued: await requeueLinked(tx, commentId) };
  });
  await invalidate(articleCacheNamespace(comment.articleId));
  if (deleted?.status === "FEATURED") await invalidateSimilarQuestions(comment.courseId);
  // Live, once committed: viewers of the article, or the studio queue it leaves.
  if (deleted?.featuredCount != null) await publishDeletion(comment.articleId, commentId, deleted.featuredCount);
  if (deleted?.status === "PENDING") {
    await noticeQueueRemoved({ courseId: comment.courseId, articleId: comment.articleId, ids: [commentId] });
  }
  if (deleted) await noticeRequeued(comment.courseId, deleted.requeued);
}
