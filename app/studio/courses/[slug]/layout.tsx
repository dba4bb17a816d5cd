import { CourseTabs } from "@/components/studio/course/course-tabs";
import { getCurrentUser } from "@/lib/auth/session";
import { getCuratedSettings } from "@/lib/courses/settings";
import { orNotFound } from "@/lib/pages";
import { canUseStudio } from "@/lib/studio/access";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

export async function generateMetadata({ params }: LayoutProps<"/studio/courses/[slug]">): Promise<Metadata> {
  const user = await getCurrentUser();
  if (!user) return {};
  const course = await getCuratedSettings(user, (await params).slug).catch(() => null);
  return course ? { title: { default: course.title, template: `%s · ${course.title}` } } : {};
}

/**
 * One course's workspace: its lessons, settings, members and invites. Only its curators
 * get here; a course one does not teach looks like none (404), as elsewhere in the studio.
 */
export default async function CourseWorkspaceLayout({ children, params }: LayoutProps<"/studio/courses/[slug]">) {
  const user = await getCurrentUser();
  if (!user || !(await canUseStudio(user))) return null; // the studio layout signs visitors in and turns others away
  const [course, t] = await Promise.all([
    orNotFound(getCuratedSettings(user, (await params).slug), { hideForbidden: true }),
    getTranslations("workspace"),
  ]);
  return (
    <div>
      <header className="border-b border-line">
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <h1 className="text-2xl font-bold tracking-tight text-balance sm:text-3xl">{course.title}</h1>
          {course.archived && (
            <span className="inline-flex items-center rounded-full bg-warn-soft px-2.5 py-0.5 text-xs font-semibold text-warn">
              {t("archived")}
            </span>
          )}
          <Link
            href={`/courses/${course.slug}`}
            className="text-sm font-medium text-accent-strong hover:underline sm:ml-auto"
          >
            {t("viewCourse")}
          </Link>
        </div>
        <div className="mt-3">
          <CourseTabs slug={course.slug} />
        </div>
      </header>
      <div className="pt-6">{children}</div>
    </div>
  );
}
