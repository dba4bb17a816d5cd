import type { CurrentUser } from "@/lib/auth/session";
import { commentAnchor } from "@/lib/comments/anchor";
import { LIVE_AUTHOR_REPLY_WHERE } from "@/lib/comments/answered";
import { decodeCursor, encodeCursor } from "@/lib/comments/cursor";
import { progressOfRow } from "@/lib/comments/own-progress";
import type { CommentProgressDTO, CommentStatusName, Page } from "@/lib/comments/schema";
import { db } from "@/lib/db";
import { listMyEssays } from "@/lib/essays/queries";
import type { EssaySummaryDTO } from "@/lib/essays/schema";
import { listNotifications, type NotificationDTO } from "@/lib/notifications";
import { clip } from "@/lib/text";
import { z } from "@/lib/zod";
import "server-only";

// The signed-in user's own activity (/me). Everything here is the user's own rows, so the
// only scope needed is authorId = user.id; deleted items are left out. Each list comes a
// page at a time, newest first, by keyset cursor (lib/comments/cursor.ts).

/** A page of comments or replies: /me showed up to 50 of each before it had pages, and still does. */
export const MY_PAGE_SIZE = 50;
/** A page of reflections: /me showed up to 100 before it had pages, and still does. */
export const MY_ESSAYS_PAGE_SIZE = 100;
const EXCERPT = 280;

const pageQuery = (size: number) =>
  z.object({
    cursor: z.string().max(300).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(size),
  });
/** GET /api/me/comments and /api/me/replies. */
export const MyPageQuerySchema = pageQuery(MY_PAGE_SIZE);
/** GET /api/me/essays. */
export const MyEssaysQuerySchema = pageQuery(MY_ESSAYS_PAGE_SIZE);
export type MyPageQuery = z.infer<typeof MyPageQuerySchema>;

export type ArticleRefDTO = { title: string; href: string };

export type MyCommentDTO = {
  id: string;
  body: string;
  status: CommentStatusName;
  /** Where it stands, as its author is told (received, seen by an instructor, then the outcome). */
  progress: CommentProgressDTO;
  /** For a linked comment: the featured comment whose answer answers it too. */
  answeredInHref: string | null;
  likeCount: number;
  replyCount: number;
  createdAt: string;
  article: ArticleRefDTO;
};

export type MyReplyDTO = {
  id: string;
  body: string;
  isAuthorReply: boolean;
  /** Hidden by an instructor: still yours, no longer shown to others. */
  isHidden: boolean;
  /** Awaiting curation: shown to you and the course's instructors only, until one publishes it. */
  isPending: boolean;
  createdAt: string;
  article: ArticleRefDTO;
};

/** A first page and how many there are in all. */
export type MyList<T> = Page<T> & { total: number };

export type MyActivity = {
  comments: MyList<MyCommentDTO>;
  replies: MyList<MyReplyDTO>;
  essays: MyList<EssaySummaryDTO>;
  notifications: { items: NotificationDTO[]; unreadCount: number };
};

const articleRef = { select: { title: true, slug: true, course: { select: { slug: true } } } } as const;
const toRef = (a: { title: string; slug: string; course: { slug: string } }): ArticleRefDTO => ({
  title: a.title,
  href: `/courses/${a.course.slug}/articles/${a.slug}`,
});

/** Newest first: the rows after the cursor's (createdAt, id), so no page repeats or skips one. */
function before(raw: string | undefined) {
  const c = decodeCursor(raw);
  if (!c) return {};
  const at = new Date(c.createdAt);
  return { OR: [{ createdAt: { lt: at } }, { createdAt: at, id: { lt: c.id } }] };
}

/** The page of `rows` (read with one extra) and the cursor after its last item. */
function pageOf<R extends { id: string; createdAt: Date }, T>(rows: R[], limit: number, toDTO: (r: R) => T): Page<T> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  const nextCursor =
    rows.length > limit && last ? encodeCursor({ createdAt: last.createdAt.toISOString(), id: last.id }) : null;
  return { items: items.map(toDTO), nextCursor };
}

/** The user's own comments, newest first, with where each stands (lib/comments/progress.ts). */
export async function listMyComments(
  user: CurrentUser,
  { cursor, limit = MY_PAGE_SIZE }: Partial<MyPageQuery> = {},
): Promise<Page<MyCommentDTO>> {
  const rows = await db.comment.findMany({
    where: { authorId: user.id, deletedAt: null, ...before(cursor) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: {
      id: true,
      body: true,
      status: true,
      likeCount: true,
      replyCount: true,
      createdAt: true,
      article: articleRef,
      answeredIn: { select: { id: true, article: articleRef } },
      seenAt: true,
      curationReason: true,
      _count: { select: { replies: { where: LIVE_AUTHOR_REPLY_WHERE } } },
    },
  });
  return pageOf(rows, limit, (c) => ({
    id: c.id,
    body: clip(c.body, EXCERPT),
    status: c.status.toLowerCase() as CommentStatusName,
    progress: progressOfRow(c),
    answeredInHref: c.answeredIn ? `${toRef(c.answeredIn.article).href}#${commentAnchor(c.answeredIn.id)}` : null,
    likeCount: c.likeCount,
    replyCount: c.replyCount,
    createdAt: c.createdAt.toISOString(),
    article: toRef(c.article),
  }));
}

/** The user's own replies, newest first, with the article they were written under. */
export async function listMyReplies(
  user: CurrentUser,
  { cursor, limit = MY_PAGE_SIZE }: Partial<MyPageQuery> = {},
): Promise<Page<MyReplyDTO>> {
  const rows = await db.reply.findMany({
    where: { authorId: user.id, deletedAt: null, ...before(cursor) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: {
      id: true,
      body: true,
      isAuthorReply: true,
      hiddenAt: true,
      status: true,
      createdAt: true,
      comment: { select: { article: articleRef } },
    },
  });
  return pageOf(rows, limit, (r) => ({
    id: r.id,
    body: clip(r.body, EXCERPT),
    isAuthorReply: r.isAuthorReply,
    isHidden: r.hiddenAt !== null,
    isPending: r.status === "PENDING",
    createdAt: r.createdAt.toISOString(),
    article: toRef(r.comment.article),
  }));
}

/** The user's own reflections in every course, newest change first, a page at a time. */
export const listAllMyEssays = (user: CurrentUser, q: Partial<MyPageQuery> = {}) =>
  listMyEssays(user, { cursor: q.cursor, limit: q.limit ?? MY_ESSAYS_PAGE_SIZE });

/** Everything on /me, read at once: each list's first page and how many there are in all. */
export async function getMyActivity(user: CurrentUser): Promise<MyActivity> {
  const mine = { authorId: user.id, deletedAt: null };
  const [comments, replies, essays, notifications, commentTotal, replyTotal, essayTotal] = await Promise.all([
    listMyComments(user),
    listMyReplies(user),
    listAllMyEssays(user),
    listNotifications(user),
    db.comment.count({ where: mine }),
    db.reply.count({ where: mine }),
    db.article.count({ where: { authorId: user.id, kind: "ESSAY" } }),
  ]);
  return {
    comments: { ...comments, total: commentTotal },
    replies: { ...replies, total: replyTotal },
    essays: { ...essays, total: essayTotal },
    notifications,
  };
}
