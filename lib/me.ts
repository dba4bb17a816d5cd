import "server-only";
import type { CurrentUser } from "@/lib/auth/session";
import type { CommentStatusName } from "@/lib/comments/schema";
import { db } from "@/lib/db";
import { listMyEssays } from "@/lib/essays/queries";
import type { EssaySummaryDTO } from "@/lib/essays/schema";
import { listNotifications, type NotificationDTO } from "@/lib/notifications";

// The signed-in user's own activity (/me). Everything here is the user's own rows, so the
// only scope needed is authorId = user.id; deleted items are left out.

const LIMIT = 50;
// TODO(flows): /me shows the newest 100 reflections, as before; page them like the course page's list. #12
const MY_ESSAYS_SHOWN = 100;
const EXCERPT = 280;

export type ArticleRefDTO = { title: string; href: string };

export type MyCommentDTO = {
  id: string;
  body: string;
  status: CommentStatusName;
  /** An instructor of the course answered it as the author. */
  isAnswered: boolean;
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
  createdAt: string;
  article: ArticleRefDTO;
};

export type MyActivity = {
  comments: MyCommentDTO[];
  replies: MyReplyDTO[];
  essays: EssaySummaryDTO[];
  notifications: { items: NotificationDTO[]; unreadCount: number };
};

const articleRef = { select: { title: true, slug: true, course: { select: { slug: true } } } } as const;
const toRef = (a: { title: string; slug: string; course: { slug: string } }): ArticleRefDTO => ({
  title: a.title,
  href: `/courses/${a.course.slug}/articles/${a.slug}`,
});
const excerpt = (text: string) => (text.length > EXCERPT ? `${text.slice(0, EXCERPT - 1)}…` : text);

/** The user's latest comments with where each stands: pending, featured or hidden, and answered. */
export async function listMyComments(user: CurrentUser): Promise<MyCommentDTO[]> {
  const rows = await db.comment.findMany({
    where: { authorId: user.id, deletedAt: null },
    orderBy: { createdAt: "desc" },
    take: LIMIT,
    select: {
      id: true,
      body: true,
      status: true,
      likeCount: true,
      replyCount: true,
      createdAt: true,
      article: articleRef,
      _count: { select: { replies: { where: { isAuthorReply: true, deletedAt: null, hiddenAt: null } } } },
    },
  });
  return rows.map((c) => ({
    id: c.id,
    body: excerpt(c.body),
    status: c.status.toLowerCase() as CommentStatusName,
    isAnswered: c._count.replies > 0,
    likeCount: c.likeCount,
    replyCount: c.replyCount,
    createdAt: c.createdAt.toISOString(),
    article: toRef(c.article),
  }));
}

/** The user's latest replies, with the article they were written under. */
export async function listMyReplies(user: CurrentUser): Promise<MyReplyDTO[]> {
  const rows = await db.reply.findMany({
    where: { authorId: user.id, deletedAt: null },
    orderBy: { createdAt: "desc" },
    take: LIMIT,
    select: {
      id: true,
      body: true,
      isAuthorReply: true,
      hiddenAt: true,
      createdAt: true,
      comment: { select: { article: articleRef } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    body: excerpt(r.body),
    isAuthorReply: r.isAuthorReply,
    isHidden: r.hiddenAt !== null,
    createdAt: r.createdAt.toISOString(),
    article: toRef(r.comment.article),
  }));
}

/** Everything on /me, read at once. */
export async function getMyActivity(user: CurrentUser): Promise<MyActivity> {
  const [comments, replies, essays, notifications] = await Promise.all([
    listMyComments(user),
    listMyReplies(user),
    listMyEssays(user, { limit: MY_ESSAYS_SHOWN }).then((page) => page.items),
    listNotifications(user),
  ]);
  return { comments, replies, essays, notifications };
}
