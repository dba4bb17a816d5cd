import type { EssaySummaryDTO } from "@/lib/essays/schema";
import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";
import { ReviewPinToggle } from "./review-pin";

/** A published essay on the review desk: its link, course, author and date, and the pin toggle. */
export function PublishedEssayRow({ essay: e }: { essay: EssaySummaryDTO }) {
  const t = useTranslations("essays.review");
  const format = useFormatter();
  return (
    <li className="flex flex-col gap-3 py-4 sm:flex-row sm:items-center sm:justify-between">
      <div className="min-w-0">
        <Link id={`story-${e.id}`} href={e.href} className="break-words font-medium hover:text-accent-strong">
          {e.title}
        </Link>
        <p className="mt-1 text-sm text-muted">
          {e.course.title} · {t("byline", { name: e.author.name })}
          {e.publishedAt && <> · {format.dateTime(new Date(e.publishedAt), { dateStyle: "medium" })}</>}
        </p>
      </div>
      <ReviewPinToggle essayId={e.id} pinned={e.storyPinned} describedBy={`story-${e.id}`} />
    </li>
  );
}
