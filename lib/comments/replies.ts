import { articleCacheNamespace } from "@/lib/articles/queries";
import type { CurrentUser } from "@/lib/auth/session";
import { cached, invalidate } from "@/lib/cache";
import { decodeCursor, encodeCursor } from "@/lib/comments/cursor";
import { authorSelect, getVisibleComment, toAuthorDTO } from "@/lib/comments/queries";
import type { CommentDTO, CreateReplyInput, Page, ReplyDTO } from "@/lib/comments/schema";
import { isOpenForDiscussion } from "@/lib/comments/visibility";
import { ARCHIVED_MESSAGE, readCourseAccess } from "@/lib/courses/access";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { publishReply } from "@/lib/events/comments";
import { noticeQueueAdded } from "@/lib/events/studio";
import type { Prisma, ReplyStatus } from "@/lib/generated/prisma/client";
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
    status: true,
    createdAt: true,
    updatedAt: true,
    author: { select: authorSelect(courseId) },
  }) satisfies Prisma.ReplySelect;

export type ReplyRow = Prisma.ReplyGetPayload<{ select: ReturnType<typeof replySelect> }>;

export const toReplyDTO = (r: ReplyRow): ReplyDTO => ({
  id: r.id,
  commentId: r.commentId,
  author: toAuthorDTO(r.author),
  body: r.body,
  isAuthorReply: r.isAuthorReply,
  status: r.status === "PENDING" ? "pending" : "published",
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});

/** What everyone sees of a thread: published replies, neither hidden nor deleted. */
export const PUBLIC_REPLY_WHERE = {
  status: "PUBLISHED",
  hiddenAt: null,
  deletedAt: null,
} satisfies Prisma.ReplyWhereInput;

/** Which pending replies a reader sees besides the public ones: a curator every one, a member their own. */
type PendingScope = "all" | { authorId: string } | null;

const pendingScopeOf = (viewer: CurrentUser | null, canCurate: boolean): PendingScope =>
  canCurate ? "all" : viewer ? { authorId: viewer.id } : null;

function pendingWhere(scope: Exclude<PendingScope, null>): Prisma.ReplyWhereInput {
  return { status: "PENDING", hiddenAt: null, deletedAt: null, ...(scope !== "all" && { authorId: scope.authorId }) };
}

const visibleRepliesWhere = (scope: PendingScope): Prisma.ReplyWhereInput =>
  scope ? { OR: [PUBLIC_REPLY_WHERE, pendingWhere(scope)] } : PUBLIC_REPLY_WHERE;

/**
 * Anyone who can see a featured comment reads its public replies, oldest first; a reply's
 * author also sees their own pending ones, the course's curators every pending one.
 */
export async function listReplies(
  viewer: CurrentUser | null,
  commentId: string,
  q: { cursor?: string; limit: number },
): Promise<Page<ReplyDTO>> {
  const { comment, access } = await getVisibleComment(viewer, commentId);
  if (comment.status !== "FEATURED") return { items: [], nextCursor: null };
  return loadReplies(commentId, comment.courseId, q, pendingScopeOf(viewer, access.canCurate));
}

// Public replies have no per-viewer bits: the first pages of an article's threads are cached
// with its comments. Pending ones are per viewer: withViewerReplies adds them outside the cache.
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

/**
 * The page's threads with the pending replies `viewer` may see added (their own, or every one
 * for a curator): to the preloaded threads, and to the threads without public replies (which
 * the browser would not fetch). Other threads get theirs when the browser fetches them.
 */
export async function withViewerReplies(
  viewer: CurrentUser | null,
  canCurate: boolean,
  courseId: string,
  comments: Pick<CommentDTO, "id" | "status" | "replyCount">[],
  preloaded: Record<string, Page<ReplyDTO>>,
): Promise<Record<string, Page<ReplyDTO>>> {
  const scope = pendingScopeOf(viewer, canCurate);
  const ids = comments
    .filter((c) => c.status === "featured" && (preloaded[c.id] || c.replyCount === 0))
    .map((c) => c.id);
  if (!scope || ids.length === 0) return preloaded;
  const rows = await db.reply.findMany({
    where: { commentId: { in: ids }, ...pendingWhere(scope) },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: replySelect(courseId),
  });
  const threads = { ...preloaded };
  for (const row of rows) {
    const page = threads[row.commentId] ?? { items: [], nextCursor: null };
    threads[row.commentId] = { ...page, items: [...page.items, toReplyDTO(row)] };
  }
  return threads;
}

async function loadReplies(
  commentId: string,
  courseId: string,
  q: { cursor?: string; limit: number },
  pending: PendingScope = null,
) {
  const cursor = decodeCursor(q.cursor);
  const rows = await db.reply.findMany({
    where: {
      commentId,
      // Both conditions are ORs of their own: AND keeps either from replacing the other.
      AND: [
        visibleRepliesWhere(pending),
        cursor
          ? {
              OR: [
                { createdAt: { gt: new Date(cursor.createdAt) } },
                { createdAt: new Date(cursor.createdAt), id: { gt: cursor.id } },
              ],
            }
          : {},
      ],
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

/**
 * Members reply to featured comments (not in an archived course); a reply by a curator is the
 * author's reply. A learner's reply awaits curation when the course says replies need it.
 */
export async function createReply(user: CurrentUser, commentId: string, input: CreateReplyInput): Promise<ReplyDTO> {
  const { comment, access } = await getVisibleComment(user, commentId);
  if (!isOpenForDiscussion(comment)) throw new AppError("not_found", "Comment not found.");
  if (!access.canParticipate) throw new AppError("forbidden", "Join the course first.");
  if (!access.canPost) throw new AppError("forbidden", ARCHIVED_MESSAGE);
  const { course } = await readCourseAccess(user, comment.courseId); // the cached facts getVisibleComment read
  const status = !access.canCurate && course.repliesNeedCuration ? "PENDING" : "PUBLISHED";
  const { reply, replyCount } = await db.$transaction((tx) =>
    insertReply(tx, user, { id: commentId, ...comment }, input, access.canCurate, status),
  );
  // Live, once committed: a pending reply goes to the curators' queue, a published one to every viewer.
  if (status === "PENDING") {
    await noticeQueueAdded({ courseId: comment.courseId, articleId: comment.articleId, kind: "reply" });
    return reply;
  }
  await invalidate(articleCacheNamespace(comment.articleId));
  if (reply.isAuthorReply) await invalidateSimilarQuestions(comment.courseId); // the question is answered now
  await publishReply(comment.articleId, reply, replyCount);
  return reply;
}

type RepliedComment = { id: string; authorId: string; articleId: string; courseId: string };

/**
 * Writes a reply inside the caller's transaction (the caller has checked that `user` may
 * reply and that the comment is open for discussion): the reply, the comment's reply
 * count and, for an author's reply to someone else, their notification. A pending reply
 * changes neither count nor notifies: that happens when a curator publishes it.
 */
export async function insertReply(
  tx: Prisma.TransactionClient,
  user: CurrentUser,
  comment: RepliedComment,
  input: CreateReplyInput,
  isAuthorReply: boolean,
  status: ReplyStatus = "PUBLISHED",
): Promise<{ reply: ReplyDTO; replyCount: number }> {
  const reply = await tx.reply.create({
    data: { commentId: comment.id, authorId: user.id, body: input.body, isAuthorReply, status },
    select: replySelect(comment.courseId),
  });
  await indexReply(tx, reply.id, input.body);
  if (status === "PENDING") {
    const { replyCount } = await tx.comment.findUniqueOrThrow({
      where: { id: comment.id },
      select: { replyCount: true },
    });
    return { reply: toReplyDTO(reply), replyCount };
  }
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
