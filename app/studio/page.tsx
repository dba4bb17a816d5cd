import { CourseLinks } from "@/components/studio/course/course-links";
import { GroupedQueue } from "@/components/studio/grouped-queue";
import { StudioQueue } from "@/components/studio/queue";
import { QueueFilters } from "@/components/studio/queue-filters";
import { getCurrentUser } from "@/lib/auth/session";
import { orNotFound } from "@/lib/pages";
import { canUseStudio, listStudioCourses } from "@/lib/studio/access";
import { listClusters } from "@/lib/studio/clusters";
import { listQueue } from "@/lib/studio/queue";
import { filterFromSearchParams, type QueueFilterInput, type StudioCourseDTO } from "@/lib/studio/schema";
import type { Metadata } from "next";
import { getNow, getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("studio.queue"))("title") };
}

/** Questions are grouped within one course: the filter's, or the only one the user curates. */
function groupingScope(filter: QueueFilterInput, courses: StudioCourseDTO[]): QueueFilterInput | null {
  if (filter.courseId || filter.articleId) return filter;
  return courses.length === 1 ? { courseId: courses[0]!.id } : null;
}

export default async function QueuePage({ searchParams }: PageProps<"/studio">) {
  const user = await getCurrentUser();
  if (!user || !(await canUseStudio(user))) return null; // the layout signs visitors in and turns others away
  const params = await searchParams;
  const filter = filterFromSearchParams(params);
  const isGrouped = params.group === "1";
  const [t, tg, courses, now] = await Promise.all([
    getTranslations("studio.queue"),
    getTranslations("studio.groups"),
    listStudioCourses(user),
    getNow(),
  ]);
  const scope = isGrouped ? groupingScope(filter, courses) : null;
  const key = `${filter.courseId ?? ""}:${filter.articleId ?? ""}`;

  async function body() {
    if (!isGrouped) {
      const initial = await orNotFound(listQueue(user!, { ...filter, kind: "all", limit: 20 }), {
        hideForbidden: true,
      });
      const queueFilter = { ...filter, kind: "all" as const };
      return <StudioQueue key={key} initial={initial} filter={queueFilter} serverNow={now.getTime()} variant="queue" />;
    }
    if (!scope) return <p className="text-muted">{tg("chooseCourse")}</p>;
    const initial = await orNotFound(listClusters(user!, scope), { hideForbidden: true });
    return <GroupedQueue key={key} initial={initial} filter={scope} serverNow={now.getTime()} />;
  }

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{t("title")}</h1>
        <p className="mt-1 text-muted">{t("intro")}</p>
      </div>
      <CourseLinks courses={courses} />
      <QueueFilters
        courses={courses}
        courseId={filter.courseId}
        articleId={filter.articleId}
        action="/studio"
        grouped={isGrouped}
      />
      {await body()}
    </div>
  );
}
