import type { CourseRefDTO } from "@/lib/studio/schema";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

/** The way from the studio into each course's workspace (lessons, settings, members, invites). */
export async function CourseLinks({ courses }: { courses: CourseRefDTO[] }) {
  if (courses.length === 0) return null;
  const t = await getTranslations("workspace.links");
  return (
    <nav aria-label={t("label")} className="flex flex-wrap items-center gap-2 text-sm">
      <span aria-hidden="true" className="text-muted">
        {t("label")}:
      </span>
      {courses.map((c) => (
        <Link
          key={c.id}
          href={`/studio/courses/${c.slug}`}
          aria-label={t("edit", { title: c.title })}
          className="rounded-full border border-line bg-card px-3 py-1 font-medium text-ink transition hover:border-accent hover:text-accent-strong"
        >
          {c.title}
        </Link>
      ))}
    </nav>
  );
}
