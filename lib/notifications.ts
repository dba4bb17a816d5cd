import type { CurrentUser } from "@/lib/auth/session";
import { commentAnchor } from "@/lib/comments/anchor";
import { db } from "@/lib/db";
import { z } from "@/lib/zod";
import "server-only";

export type NotificationKindName =
  "comment_featured" | "comment_answered" | "comment_linked" | "essay_published" | "essay_returned" | "reply_published";
export type NotificationDTO = {
  id: string;
  kind: NotificationKindName;
  createdAt: string;
  isRead: boolean;
  /** Where it leads: the article (and comment) it is about. */
  article: { title: string; href: string } | null;
  articleId: string | null;
  commentId: string | null;
  note: string | null;
};

export const MarkReadSchema = z.union([
  z.strictObject({ ids: z.array(z.string().min(1).max(64)).min(1).max(100) }),
  z.strictObject({ all: z.literal(true) }),
]);
export type MarkReadInput = z.infer<typeof MarkReadSchema>;

const Payload = z.object({
  articleId: z.string().optional(),
  commentId: z.string().optional(),
  answeredInId: z.string().optional(),
  note: z.string().optional(),
});

/** A user reads only their own notifications, newest first, with the unread count. */
export async function listNotifications(user: CurrentUser, limit = 30) {
  const [rows, unreadCount] = await Promise.all([
    db.notification.findMany({ where: { userId: user.id }, orderBy: { createdAt: "desc" }, take: limit }),
    countUnread(user),
  ]);
  const payloads = rows.map((r) => Payload.safeParse(r.payload).data ?? {});
  const articleIds = [...new Set(payloads.map((p) => p.articleId).filter((id): id is string => !!id))];
  const articles = await db.article.findMany({
    where: { id: { in: articleIds } },
    select: { id: true, slug: true, title: true, course: { select: { slug: true } } },
  });
  const byId = new Map(articles.map((a) => [a.id, a]));
  const items: NotificationDTO[] = rows.map((r, i) => {
    const p = payloads[i] ?? {};
    const a = p.articleId ? byId.get(p.articleId) : undefined;
    return {
      id: r.id,
      kind: r.kind.toLowerCase() as NotificationKindName,
      createdAt: r.createdAt.toISOString(),
      isRead: r.readAt !== null,
      // A linked question leads to the featured comment that answers it.
      article: a
        ? {
            title: a.title,
            href: `/courses/${a.course.slug}/articles/${a.slug}${p.answeredInId ? `#${commentAnchor(p.answeredInId)}` : ""}`,
          }
        : null,
      articleId: a?.id ?? null,
      commentId: p.commentId ?? null,
      note: p.note ?? null,
    };
  });
  return { items, unreadCount };
}

/** The bell's number: the user's unread notifications. */
export const countUnread = (user: CurrentUser) => db.notification.count({ where: { userId: user.id, readAt: null } });

/** Marks the user's own notifications read (others' ids are ignored). */
export async function markRead(user: CurrentUser, input: MarkReadInput) {
  await db.notification.updateMany({
    where: { userId: user.id, readAt: null, ...("ids" in input && { id: { in: input.ids } }) },
    data: { readAt: new Date() },
  });
  return { unreadCount: await countUnread(user) };
}
