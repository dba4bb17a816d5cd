import type { EssaySummaryDTO } from "@/lib/essays/schema";
import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";
import { EssayStatusBadge } from "./status-badge";

/** The viewer's own essays with their status: published ones open the article, the rest the editor. */
export function MyEssayList({ essays, showCourse = false }: { essays: EssaySummaryDTO[]; showCourse?: boolean }) {
  const t = useTranslations("essays");
  const format = useFormatter();
  return (
    <ul className="divide-y divide-line">
      {essays.map((e) => {
        const action =
          e.status === "published"
            ? "read"
            : e.status === "returned"
              ? "revise"
              : e.status === "draft"
                ? "continue"
                : "view";
        return (
          <li key={e.id} className="py-3">
            <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
              <Link
                href={e.status === "published" ? e.href : e.editHref}
                className="min-w-0 break-words font-medium hover:text-accent-strong"
              >
                {e.title.trim() || t("untitled")}
              </Link>
              <EssayStatusBadge status={e.status} />
              {e.storyPinned && (
                <span className="rounded bg-accent-soft px-1.5 py-0.5 text-xs font-semibold text-accent-strong">
                  {t("pinned")}
                </span>
              )}
            </div>
            <p className="mt-1 text-sm text-muted">
              {showCourse && <>{e.course.title} · </>}
              {format.dateTime(new Date(e.publishedAt ?? e.updatedAt), { dateStyle: "medium" })} ·{" "}
              <Link
                href={e.status === "published" ? e.href : e.editHref}
                className="text-accent-strong underline underline-offset-2"
              >
                {t(`actions.${action}`)}
              </Link>
            </p>
            {e.status === "returned" && e.returnNote && (
              <p className="mt-1 line-clamp-2 border-l-2 border-warn/50 pl-2 text-sm text-warn">{e.returnNote}</p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
