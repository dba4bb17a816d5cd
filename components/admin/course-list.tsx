import { buttonSecondary, card } from "@/components/ui/styles";
import type { AdminCourseDTO } from "@/lib/courses/settings-schema";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

const badge = "rounded-full px-2 py-0.5 text-xs font-semibold";

/** The admin's courses: what each is, how people join, who is in it, and the way to its studio. */
export async function AdminCourseList({ courses }: { courses: AdminCourseDTO[] }) {
  const t = await getTranslations("admin.courses");
  return (
    <ul className="mt-4 space-y-3">
      {courses.map((c) => (
        <li key={c.id} className={`${card} p-4`} data-testid="admin-course">
          <div className="flex flex-wrap items-start justify-between gap-3">
            <div className="min-w-0">
              <Link href={`/courses/${c.slug}`} className="font-semibold hover:text-accent-strong">
                {c.title}
              </Link>
              <p className="mt-0.5 break-all font-mono text-xs text-muted">{c.slug}</p>
            </div>
            <Link
              href={`/studio/courses/${c.slug}`}
              className={buttonSecondary}
              aria-label={t("manageLabel", { title: c.title })}
            >
              {t("manage")}
            </Link>
          </div>
          <div className="mt-2 flex flex-wrap gap-2">
            <span
              className={`${badge} ${c.enrollment === "invite" ? "bg-accent-soft text-accent-strong" : "border border-line text-muted"}`}
            >
              {t(c.enrollment)}
            </span>
            {c.archived && <span className={`${badge} bg-warn-soft text-warn`}>{t("archived")}</span>}
          </div>
          <dl className="mt-3 grid grid-cols-3 gap-x-4 gap-y-1 text-sm">
            <div>
              <dt className="text-xs text-muted">{t("columns.trial")}</dt>
              <dd>{t("trialCount", { count: c.trialLessons })}</dd>
            </div>
            <div>
              <dt className="text-xs text-muted">{t("columns.members")}</dt>
              <dd>{t("members", { count: c.memberCount, instructors: c.instructorCount })}</dd>
            </div>
            <div>
              <dt className="text-xs text-muted">{t("columns.lessons")}</dt>
              <dd>{t("lessons", { count: c.lessonCount })}</dd>
            </div>
          </dl>
        </li>
      ))}
    </ul>
  );
}
