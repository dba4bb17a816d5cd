import type { NotificationDTO } from "@/lib/notifications";
import { useTranslations } from "next-intl";

/** Where a notification leads: a returned essay to its editor, everything else to the article. */
export function notificationHref(n: NotificationDTO): string | null {
  if (n.kind === "essay_returned" && n.articleId) return `/essays/${n.articleId}/edit`;
  return n.article?.href ?? null;
}

/** "Your comment on <title> was featured." and the like, with the instructor's note of a return. */
export function NotificationText({ item }: { item: NotificationDTO }) {
  const t = useTranslations("notifications");
  const title = item.article?.title.trim() || t("untitled");
  return (
    <>
      <span>
        {t.rich(`kinds.${item.kind}`, { title, b: (chunks) => <strong className="font-semibold">{chunks}</strong> })}
      </span>
      {item.note && <span className="mt-1 block border-l-2 border-warn/50 pl-2 text-muted">{item.note}</span>}
    </>
  );
}
