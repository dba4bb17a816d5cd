import { canSeeArticle } from "@/lib/articles/policy";
import { articleCacheNamespace, getDiscussedArticle, type DiscussedArticleContext } from "@/lib/articles/queries";
import type { CurrentUser } from "@/lib/auth/session";
import { cached } from "@/lib/cache";
import { commentAnchor } from "@/lib/comments/anchor";
import { decodeCursor, encodeCursor, type CommentCursor } from "@/lib/comments/cursor";
import { exactLikeCountSql } from "@/lib/comments/like-count";
import { readOwnProgress } from "@/lib/comments/own-progress";
import type { CommentDTO, CommentProgressDTO, ListCommentsQuery, Page, PublicCommentDTO } from "@/lib/comments/schema";
import { canSeeComment, commentCan, PUBLIC_COMMENTS_WHERE } from "@/lib/comments/visibility";
import { readCourseAccess } from "@/lib/courses/access";
import { requireUnlocked } from "@/lib/courses/lesson-lock";
import type { CoursePermissions } from "@/lib/courses/policy";
import { db, readWithReplica, type Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import "server-only";

export const authorSelect = (courseId: string) =>
  ({
    id: true,
    name: true,
    avatarUrl: true,
    memberships: { where: { courseId, role: "INSTRUCTOR" }, select: { role: true } },
  }) as const;

const answeredInSelect = {
  id: true,
  article: { select: { slug: true, course: { select: { slug: true } } } },
} satisfies Prisma.CommentSelect;

/** The anchor of a comment on its article page. */
export const commentHref = (courseSlug: string, articleSlug: string, commentId: string) =>
  `/courses/${courseSlug}/articles/${articleSlug}#${commentAnchor(commentId)}`;

export const commentSelect = (courseId: string) =>
  ({
    id: true,
    articleId: true,
    authorId: true,
    body: true,
    status: true,
    pinnedAt: true,
    likeCount: true,
    replyCount: true,
    heldReason: true,
    curationReason: true,
    faqAt: true,
    createdAt: true,
    updatedAt: true,
    deletedAt: true,
    author: { select: authorSelect(courseId) },
    answeredIn: { select: answeredInSelect },
  }) satisfies Prisma.CommentSelect;

type CommentRow = Prisma.CommentGetPayload<{ select: ReturnType<typeof commentSelect> }>;

export function toAuthorDTO(a: CommentRow["author"]) {
  return { id: a.id, name: a.name, avatarUrl: a.avatarUrl, isInstructor: a.memberships.length > 0 };
}

/** A comment as everyone sees it (no per-viewer permissions: forViewer adds them). */
export function toCommentDTO(c: CommentRow, likedByMe = false): PublicCommentDTO {
  const isDeleted = c.deletedAt !== null;
  return {
    id: c.id,
    articleId: c.articleId,
    author: toAuthorDTO(c.author),
    body: isDeleted ? "" : c.body,
    status: c.status.toLowerCase() as CommentDTO["status"],
    pinned: c.pinnedAt !== null,
    likeCount: c.likeCount,
    replyCount: c.replyCount,
    likedByMe,
    isDeleted,
    heldReason: c.heldReason,
    answeredIn:
      c.answeredIn && !isDeleted
        ? {
            commentId: c.answeredIn.id,
            href: commentHref(c.answeredIn.article.course.slug, c.answeredIn.article.slug, c.answeredIn.id),
          }
        : null,
    reason: c.status === "FEATURED" && !isDeleted ? c.curationReason : null,
    isFaq: c.status === "FEATURED" && !isDeleted && c.faqAt !== null,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}

/**
 * A comment as `viewer` (with `access` in its course) sees it: what they may do with it, and
 * the hold reason for curators only (authors do not learn which word tripped it). `progress`
 * is the author's own (lib/comments/own-progress.ts); it is dropped for anyone else.
 */
export function forViewer(
  dto: PublicCommentDTO,
  viewer: CurrentUser | null,
  access: CoursePermissions,
  progress: CommentProgressDTO | null = null,
): CommentDTO {
  return {
    ...dto,
    heldReason: access.canCurate ? dto.heldReason : null,
    can: commentCan(viewer, access, dto),
    progress: viewer !== null && viewer.id === dto.author.id ? progress : null,
  };
}

/** One comment as `viewer` may see it (404 otherwise), with whether they liked it. */
export async function getComment(viewer: CurrentUser | null, commentId: string): Promise<CommentDTO> {
  const { comment, access } = await getVisibleComment(viewer, commentId);
  const [row, liked] = await Promise.all([
    db.comment.findUniqueOrThrow({ where: { id: commentId }, select: commentSelect(comment.courseId) }),
    likedByViewer(viewer, [commentId]),
  ]);
  const dto = toCommentDTO(row, liked.has(commentId));
  const progress = await readOwnProgress(viewer, [dto]);
  return forViewer(dto, viewer, access, progress.get(commentId));
}

/** The comment and its course, if `viewer` may see it; 404 otherwise, 403 on a lesson locked for them. */
export async function getVisibleComment(viewer: CurrentUser | null, commentId: string) {
  const row = await db.comment.findUnique({
    where: { id: commentId },
    select: {
      courseId: true,
      article: { select: { status: true, authorId: true, kind: true, publishedAt: true } },
      authorId: true,
      status: true,
      deletedAt: true,
      replyCount: true,
      articleId: true,
      pinnedAt: true,
      body: true,
    },
  });
  if (!row) throw new AppError("not_found", "Comment not found.");
  const { access, course } = await readCourseAccess(viewer, row.courseId);
  if (!canSeeArticle(viewer, access, row.article) || !canSeeComment(viewer, access.canCurate, row))
    throw new AppError("not_found", "Comment not found.");
  await requireUnlocked(access, course, {
    id: row.articleId,
    courseId: row.courseId,
    isLesson: row.article.kind === "LESSON",
  });
  return { comment: row, access };
}

/** Which of `ids` the viewer has liked (the per-viewer bit, kept out of shared data). */
export async function likedByViewer(viewer: CurrentUser | null, ids: string[]): Promise<Set<string>> {
  return new Set((await viewerOverlay(viewer, ids)).keys());
}

/**
 * For a signed-in viewer: the comments among `ids` they liked, with the exact like count
 * now (stored counter plus unfolded deltas), so their own like shows at once even when
 * the shared entry predates it. Visitors read the shared counts, at most a fold behind.
 */
async function viewerOverlay(viewer: CurrentUser | null, ids: string[]): Promise<Map<string, number>> {
  if (!viewer || ids.length === 0) return new Map();
  const rows = await db.$queryRaw<{ id: string; n: number }[]>`
    SELECT c.id, ${exactLikeCountSql("c")} AS n
    FROM comment_likes l JOIN comments c ON c.id = l.comment_id
    WHERE l.user_id = ${viewer.id} AND l.comment_id = ANY(${ids})`;
  return new Map(rows.map((r) => [r.id, r.n]));
}

/**
 * Comments of an article for `viewer`: featured ones for everyone (pinned first on the
 * first page, then by the chosen sort), the viewer's own unfeatured ones on the first
 * page, and for curators any status. Keyset-paginated.
 */
export async function listComments(
  viewer: CurrentUser | null,
  articleId: string,
  q: ListCommentsQuery,
): Promise<Page<CommentDTO>> {
  return listDiscussedComments(viewer, await getDiscussedArticle(viewer, articleId), q);
}

/** listComments of an article already read for `viewer` (the article page has it at hand). */
export async function listDiscussedComments(
  viewer: CurrentUser | null,
  { article, access }: DiscussedArticleContext,
  q: ListCommentsQuery,
): Promise<Page<CommentDTO>> {
  if (q.status !== "featured" && !viewer) throw new AppError("unauthorized", "Please sign in.");
  if (q.status !== "featured" && !access.canCurate) {
    throw new AppError("forbidden", "Only the course's instructors may list unfeatured comments.");
  }
  const articleId = article.id;
  const courseId = article.course.id;
  const cursor = decodeCursor(q.cursor);
  const [shared, mine] = await Promise.all([
    q.status === "featured"
      ? cached(articleCacheNamespace(articleId), `${q.sort}:${q.limit}:${q.cursor ?? ""}`, SHARED_TTL_MS, (ctx) =>
          // The shared list tolerates a replica's lag, except just after a write (the entry would keep the lag for its TTL).
          readWithReplica(ctx.isRecentlyWritten, (client) => loadPage(client, articleId, courseId, q, cursor)),
        )
      : loadPage(db, articleId, courseId, q, cursor),
    viewer && !cursor && q.status === "featured" ? ownUnfeatured(viewer, articleId, courseId) : [],
  ]);
  const listed = [...mine.map((c) => toCommentDTO(c)), ...shared.items];
  const [liked, progress] = await Promise.all([
    viewerOverlay(
      viewer,
      listed.map((c) => c.id),
    ),
    readOwnProgress(viewer, listed),
  ]);
  const items = listed.map((c) => forViewer(c, viewer, access, progress.get(c.id)));
  return {
    items: items.map((c) => {
      const likeCount = liked.get(c.id);
      return likeCount === undefined ? c : { ...c, likedByMe: true, likeCount };
    }),
    nextCursor: shared.nextCursor,
  };
}

/** The viewer's comments of the article that await curation or were hidden, newest first. */
async function ownUnfeatured(viewer: CurrentUser, articleId: string, courseId: string): Promise<CommentRow[]> {
  const where = { articleId, authorId: viewer.id, status: { not: "FEATURED" }, deletedAt: null } as const;
  // Most readers have none: Prisma reads the authors with queries of their own, even for no rows.
  if (!(await db.comment.findFirst({ where, select: { id: true } }))) return [];
  return db.comment.findMany({ where, orderBy: { createdAt: "desc" }, select: commentSelect(courseId) });
}

// Comments are cached per article; curation, replies, deletes and folded likes invalidate it.
const SHARED_TTL_MS = 10_000;

/** One page of an article's comments as every viewer sees it (no per-viewer bits), read through `client`. */
async function loadPage(
  client: Db,
  articleId: string,
  courseId: string,
  q: ListCommentsQuery,
  cursor: CommentCursor | null,
): Promise<Page<PublicCommentDTO>> {
  const select = commentSelect(courseId);
  const statusWhere: Prisma.CommentWhereInput =
    q.status === "featured"
      ? PUBLIC_COMMENTS_WHERE
      : q.status === "all"
        ? { deletedAt: null }
        : { status: q.status === "pending" ? "PENDING" : "HIDDEN", deletedAt: null };
  const pinnedApart = q.status === "featured";
  const order: Prisma.CommentOrderByWithRelationInput[] =
    q.sort === "top"
      ? [{ likeCount: "desc" }, { createdAt: "desc" }, { id: "desc" }]
      : [{ createdAt: "desc" }, { id: "desc" }];
  const [pinned, page] = await Promise.all([
    pinnedApart && !cursor
      ? client.comment.findMany({
          where: { articleId, ...statusWhere, pinnedAt: { not: null } },
          orderBy: { pinnedAt: "desc" },
          select,
        })
      : [],
    client.comment.findMany({
      where: {
        articleId,
        ...statusWhere,
        ...(pinnedApart && { pinnedAt: null }),
        ...(cursor && { AND: [afterCursor(q.sort, cursor)] }),
      },
      orderBy: order,
      take: q.limit + 1,
      select,
    }),
  ]);
  const last = page[q.limit - 1];
  return {
    items: [...pinned, ...page.slice(0, q.limit)].map((c) => toCommentDTO(c)),
    nextCursor:
      page.length > q.limit && last
        ? encodeCursor({
            likeCount: q.sort === "top" ? last.likeCount : undefined,
            createdAt: last.createdAt.toISOString(),
            id: last.id,
          })
        : null,
  };
}

function afterCursor(sort: ListCommentsQuery["sort"], c: CommentCursor): Prisma.CommentWhereInput {
  const createdAt = new Date(c.createdAt);
  const byTime: Prisma.CommentWhereInput[] = [{ createdAt: { lt: createdAt } }, { createdAt, id: { lt: c.id } }];
  if (sort === "new" || c.likeCount === undefined) return { OR: byTime };
  return { OR: [{ likeCount: { lt: c.likeCount } }, ...byTime.map((w) => ({ likeCount: c.likeCount, ...w }))] };
}
