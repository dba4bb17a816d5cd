"use client";

import type { LessonState } from "@/lib/lessons/schema";
import { useFormatter, useTranslations } from "next-intl";

const TONE: Record<LessonState, string> = {
  draft: "bg-black/5 text-muted",
  scheduled: "bg-warn-soft text-warn",
  published: "bg-accent-soft text-accent-strong",
};

/** Draft / Scheduled for {date} / Published, as a small tag. */
export function LessonStateBadge({ state, publishedAt }: { state: LessonState; publishedAt: string | null }) {
  const t = useTranslations("workspace.state");
  const format = useFormatter();
  return (
    <span
      data-state={state}
      className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-semibold whitespace-nowrap ${TONE[state]}`}
    >
      {state === "scheduled" && publishedAt
        ? t("scheduledFor", {
            date: format.dateTime(new Date(publishedAt), { dateStyle: "medium", timeStyle: "short" }),
          })
        : t(state)}
    </span>
  );
}
