import { CourseLinks } from "@/components/studio/course/course-links";
import { StudioQueue } from "@/components/studio/queue";
import { QueueFilters } from "@/components/studio/queue-filters";
import { getCurrentUser } from "@/lib/auth/session";
import { orNotFound } from "@/lib/pages";
import { canUseStudio, listStudioCourses } from "@/lib/studio/access";
import { listQueue } from "@/lib/studio/queue";
import { filterFromSearchParams } from "@/lib/studio/schema";
import type { Metadata } from "next";
import { getNow, getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("studio.queue"))("title") };
}

export default async function QueuePage({ searchParams }: PageProps<"/studio">) {
  const user = await getCurrentUser();
  if (!user || !(await canUseStudio(user))) return null; // the layout signs visitors in and turns others away
  const filter = filterFromSearchParams(await searchParams);
  const [t, courses, now, initial] = await Promise.all([
    getTranslations("studio.queue"),
    listStudioCourses(user),
    getNow(),
    orNotFound(listQueue(user, { ...filter, kind: "all", limit: 20 }), { hideForbidden: true }),
  ]);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{t("title")}</h1>
        <p className="mt-1 text-muted">{t("intro")}</p>
      </div>
      <CourseLinks courses={courses} />
      <QueueFilters courses={courses} courseId={filter.courseId} articleId={filter.articleId} action="/studio" />
      <StudioQueue
        key={`${filter.courseId ?? ""}:${filter.articleId ?? ""}`}
        initial={initial}
        filter={{ ...filter, kind: "all" }}
        serverNow={now.getTime()}
        variant="queue"
      />
    </div>
  );
}
