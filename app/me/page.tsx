import { When } from "@/components/me/items";
import { MyAllEssayPages, MyCommentPages, MyReplyPages } from "@/components/me/pages";
import { MarkAllRead } from "@/components/notifications/mark-all-read";
import { notificationHref, NotificationText } from "@/components/notifications/notification-text";
import { card } from "@/components/ui/styles";
import { getCurrentUser } from "@/lib/auth/session";
import { getMyActivity } from "@/lib/me";
import type { Metadata } from "next";
import { getNow, getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("me"))("title") };
}

function Section({
  id,
  title,
  count,
  action,
  children,
}: {
  id: string;
  title: string;
  count?: number;
  action?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className={`${card} scroll-mt-4 p-5 sm:p-6`}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={`${id}-heading`} className="text-lg font-semibold">
          {title}
          {count !== undefined && <span className="ml-2 text-sm font-normal text-muted">{count}</span>}
        </h2>
        {action}
      </div>
      <div className="mt-2">{children}</div>
    </section>
  );
}

// The signed-in user's own activity: notifications, comments with where each stands,
// reflections, replies.
export default async function MePage() {
  const user = await getCurrentUser();
  if (!user) redirect("/signin?next=/me");
  const [{ comments, replies, essays, notifications }, t, now] = await Promise.all([
    getMyActivity(user),
    getTranslations("me"),
    getNow(),
  ]);
  const when = (iso: string) => <When iso={iso} now={now.getTime()} />;
  const empty = (text: string) => <p className="py-3 text-sm text-muted">{text}</p>;
  const sections = [
    ["notifications", t("notifications")],
    ["comments", t("comments")],
    ["reflections", t("essays")],
    ["replies", t("replies")],
  ] as const;

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header className="pt-4">
        <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
        <p className="mt-2 text-muted">{t("intro")}</p>
        <nav aria-label={t("jump")} className="mt-4 flex flex-wrap gap-2 text-sm">
          {sections.map(([id, label]) => (
            <a
              key={id}
              href={`#${id}`}
              className="rounded-full border border-line bg-card px-3 py-1 text-muted hover:text-ink"
            >
              {label}
            </a>
          ))}
        </nav>
      </header>

      <Section
        id="notifications"
        title={t("notifications")}
        count={notifications.items.length}
        action={notifications.unreadCount > 0 ? <MarkAllRead /> : undefined}
      >
        {notifications.unreadCount > 0 && (
          <p className="text-sm font-medium text-accent-strong">{t("unread", { count: notifications.unreadCount })}</p>
        )}
        {notifications.items.length === 0 ? (
          empty(t("notificationsEmpty"))
        ) : (
          <ul className="divide-y divide-line">
            {notifications.items.map((n) => {
              const href = notificationHref(n);
              return (
                <li key={n.id} className="flex gap-2.5 py-3 text-sm">
                  <span
                    aria-hidden="true"
                    className={`mt-2 h-2 w-2 shrink-0 rounded-full ${n.isRead ? "bg-line" : "bg-accent"}`}
                  />
                  <div className="min-w-0">
                    {!n.isRead && <span className="sr-only">{t("unreadItem")} </span>}
                    {href ? (
                      <Link href={href} className="hover:text-accent-strong">
                        <NotificationText item={n} />
                      </Link>
                    ) : (
                      <NotificationText item={n} />
                    )}
                    <p className="mt-0.5 text-xs text-muted">{when(n.createdAt)}</p>
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </Section>

      <Section id="comments" title={t("comments")} count={comments.total}>
        {comments.items.length === 0 ? (
          empty(t("commentsEmpty"))
        ) : (
          <MyCommentPages first={comments.items} cursor={comments.nextCursor} now={now.getTime()} />
        )}
      </Section>

      <Section id="reflections" title={t("essays")} count={essays.total}>
        {essays.items.length === 0 ? (
          empty(t("essaysEmpty"))
        ) : (
          <MyAllEssayPages first={essays.items} cursor={essays.nextCursor} />
        )}
      </Section>

      <Section id="replies" title={t("replies")} count={replies.total}>
        {replies.items.length === 0 ? (
          empty(t("repliesEmpty"))
        ) : (
          <MyReplyPages first={replies.items} cursor={replies.nextCursor} now={now.getTime()} />
        )}
      </Section>
    </div>
  );
}
