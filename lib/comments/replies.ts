import { articleCacheNamespace } from "@/lib/articles/queries";
import type { CurrentUser } from "@/lib/auth/session";
import { cached, invalidate } from "@/lib/cache";
import { decodeCursor, encodeCursor } from "@/lib/comments/cursor";
import { authorSelect, getVisibleComment, toAuthorDTO } from "@/lib/comments/queries";
import type { CreateReplyInput, Page, ReplyDTO } from "@/lib/comments/schema";
import { isOpenForDiscussion } from "@/lib/comments/visibility";
import { ARCHIVED_MESSAGE } from "@/lib/courses/access";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { publishReply } from "@/lib/events/comments";
import type { Prisma } from "@/lib/generated/prisma/client";
import { notify } from "@/lib/mail/notify";
import { indexReply } from "@/lib/search/write-index";
import { invalidateSimilarQuestions } from "@/lib/similarity/similar-questions";
import "server-only";

export const replySelect = (courseId: string) =>
  ({
    id: true,
    commentId: true,
    body: true,
    isAuthorReply: true,
    createdAt: true,
    author: { select: authorSelect(courseId) },
  }) satisfies Prisma.ReplySelect;

export type ReplyRow = Prisma.ReplyGetPayload<{ select: ReturnType<typeof replySelect> }>;

export const toReplyDTO = (r: ReplyRow): ReplyDTO => ({
  id: r.id,
  commentId: r.commentId,
  author: toAuthorDTO(r.author),
  body: r.body,
  isAuthorReply: r.isAuthorReply,
  createdAt: r.createdAt.toISOString(),
});

/** Anyone who can see a featured comment reads its replies, oldest first. */
export async function listReplies(
  viewer: CurrentUser | null,
  commentId: string,
  q: { cursor?: string; limit: number },
): Promise<Page<ReplyDTO>> {
  const { comment } = await getVisibleComment(viewer, commentId);
  if (comment.status !== "FEATURED") return { items: [], nextCursor: null };
  return loadReplies(commentId, comment.courseId, q);
}

// Replies have no per-viewer bits: the first pages of an article's threads are cached with its comments.
const PRELOAD_TTL_MS = 10_000;

/**
 * The first page of replies of each of `commentIds`, featured comments of the article that the
 * caller has shown the reader (so they may read their replies), from the article's shared cache.
 */
export function preloadReplies(
  article: { id: string; course: { id: string } },
  commentIds: string[],
  limit: number,
): Promise<Record<string, Page<ReplyDTO>>> {
  if (commentIds.length === 0) return Promise.resolve({});
  return cached(
    articleCacheNamespace(article.id),
    `replies:${limit}:${commentIds.join(",")}`,
    PRELOAD_TTL_MS,
    async () => {
      const pages = await Promise.all(commentIds.map((id) => loadReplies(id, article.course.id, { limit })));
      return Object.fromEntries(commentIds.map((id, i) => [id, pages[i]!]));
    },
  );
}

async function loadReplies(commentId: string, courseId: string, q: { cursor?: string; limit: number }) {
  const cursor = decodeCursor(q.cursor);
  const rows = await db.reply.findMany({
    where: {
      commentId,
      deletedAt: null,
      hiddenAt: null,
      ...(cursor && {
        OR: [
          { createdAt: { gt: new Date(cursor.createdAt) } },
          { createdAt: new Date(cursor.createdAt), id: { gt: cursor.id } },
        ],
      }),
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: q.limit + 1,
    select: replySelect(courseId),
  });
  const items = rows.slice(0, q.limit);
  const last = items.at(-1);
  return {
    items: items.map(toReplyDTO),
    nextCursor:
      rows.length > q.limit && last ? encodeCursor({ createdAt: last.createdAt.toISOString(), id: last.id }) : null,
  };
}

/** Members reply to featured comments (not in an archived course); a reply by a curator is the author's reply. */
export async function createReply(user: CurrentUser, commentId: string, input: CreateReplyInput): Promise<ReplyDTO> {
  const { comment, access } = await getVisibleComment(user, commentId);
  if (!isOpenForDiscussion(comment)) throw new AppError("not_found", "Comment not found.");
  if (!access.canParticipate) throw new AppError("forbidden", "Join the course first.");
  if (!access.canPost) throw new AppError("forbidden", ARCHIVED_MESSAGE);
  const { reply, replyCount } = await db.$transaction((tx) =>
    insertReply(tx, user, { id: commentId, ...comment }, input, access.canCurate),
  );
  await invalidate(articleCacheNamespace(comment.articleId));
  if (reply.isAuthorReply) await invalidateSimilarQuestions(comment.courseId); // the question is answered now
  await publishReply(comment.articleId, reply, replyCount); // live, once committed
  return reply;
}

type RepliedComment = { id: string; authorId: string; articleId: string; courseId: string };

/**
 * Writes a reply inside the caller's transaction (the caller has checked that `user` may
 * reply and that the comment is open for discussion): the reply, the comment's reply
 * count and, for an author's reply to someone else, their notification.
 */
export async function insertReply(
  tx: Prisma.TransactionClient,
  user: CurrentUser,
  comment: RepliedComment,
  input: CreateReplyInput,
  isAuthorReply: boolean,
): Promise<{ reply: ReplyDTO; replyCount: number }> {
  const reply = await tx.reply.create({
    data: { commentId: comment.id, authorId: user.id, body: input.body, isAuthorReply },
    select: replySelect(comment.courseId),
  });
  await indexReply(tx, reply.id, input.body);
  const { replyCount } = await tx.comment.update({
    where: { id: comment.id },
    data: { replyCount: { increment: 1 } },
    select: { replyCount: true },
  });
  if (isAuthorReply && comment.authorId !== user.id) {
    await notify(tx, comment.authorId, "COMMENT_ANSWERED", {
      commentId: comment.id,
      articleId: comment.articleId,
      replyId: reply.id,
    });
  }
  return { reply: toReplyDTO(reply), replyCount };
}
