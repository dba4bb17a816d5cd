"use client";

import { buttonSecondary, label } from "@/components/ui/styles";
import type { StudioCourseDTO } from "@/lib/studio/schema";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useId, useState } from "react";

type Props = {
  courses: StudioCourseDTO[];
  courseId?: string;
  articleId?: string;
  action: string;
  withArticles?: boolean;
  /** The queue page's "Group by question" switch and its state (other pages have none). */
  grouped?: boolean;
};

const select =
  "mt-1 block w-full rounded-lg border border-line bg-card px-3 py-2 text-sm text-ink outline-none transition focus:border-accent focus:ring-2 focus:ring-accent/20";

/** Course and article filters: a plain GET form, so the filtered queue has a URL of its own. */
export function QueueFilters({ courses, courseId, articleId, action, withArticles = true, grouped }: Props) {
  const t = useTranslations("studio.filters");
  const tg = useTranslations("studio.groups");
  const id = useId();
  const [course, setCourse] = useState(courseId ?? "");
  const shown = courses.filter((c) => !course || c.id === course);
  const isFiltered = Boolean(courseId || articleId);

  return (
    <form method="get" action={action} aria-label={t("label")} className="flex flex-wrap items-end gap-3">
      <div className="min-w-48 flex-1 sm:max-w-xs">
        <label htmlFor={`${id}-course`} className={label}>
          {t("course")}
        </label>
        <select
          id={`${id}-course`}
          name="courseId"
          value={course}
          onChange={(e) => setCourse(e.target.value)}
          className={select}
        >
          <option value="">{t("allCourses")}</option>
          {courses.map((c) => (
            <option key={c.id} value={c.id}>
              {t("withCount", { title: c.title, count: withArticles ? c.pendingCount : c.openReportCount })}
            </option>
          ))}
        </select>
      </div>
      {withArticles && (
        <div className="min-w-48 flex-1 sm:max-w-sm">
          <label htmlFor={`${id}-article`} className={label}>
            {t("article")}
          </label>
          <select key={course} id={`${id}-article`} name="articleId" defaultValue={articleId ?? ""} className={select}>
            <option value="">{t("allArticles")}</option>
            {shown.map((c) => (
              <optgroup key={c.id} label={c.title}>
                {c.articles.map((a) => (
                  <option key={a.id} value={a.id}>
                    {t("withCount", { title: a.title, count: a.pendingCount })}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
      )}
      {grouped !== undefined && (
        <label className="flex items-center gap-2 pb-2 text-sm font-medium text-ink" title={tg("toggleNote")}>
          <input
            type="checkbox"
            name="group"
            value="1"
            defaultChecked={grouped}
            // Applies at once with JS; without it, "Apply" submits the box with the rest.
            onChange={(e) => e.currentTarget.form?.requestSubmit()}
            className="size-4 accent-[var(--color-accent)]"
          />
          {tg("toggle")}
        </label>
      )}
      <button type="submit" className={`${buttonSecondary} py-2`}>
        {t("apply")}
      </button>
      {isFiltered && (
        <Link href={action} className="pb-2 text-sm font-medium text-accent-strong hover:underline">
          {t("reset")}
        </Link>
      )}
    </form>
  );
}
