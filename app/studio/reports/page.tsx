import { StudioQueue } from "@/components/studio/queue";
import { QueueFilters } from "@/components/studio/queue-filters";
import { ResolvedReports } from "@/components/studio/resolved-reports";
import { getCurrentUser } from "@/lib/auth/session";
import { orNotFound } from "@/lib/pages";
import { canUseStudio, listStudioCourses } from "@/lib/studio/access";
import { listQueue } from "@/lib/studio/queue";
import { listResolvedReports } from "@/lib/studio/reports";
import { filterFromSearchParams } from "@/lib/studio/schema";
import type { Metadata } from "next";
import { getNow, getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("studio.reports"))("title") };
}

export default async function ReportsPage({ searchParams }: PageProps<"/studio/reports">) {
  const user = await getCurrentUser();
  if (!user || !(await canUseStudio(user))) return null; // the layout signs visitors in and turns others away
  const { courseId } = filterFromSearchParams(await searchParams);
  const [t, courses, now, initial, resolved] = await Promise.all([
    getTranslations("studio.reports"),
    listStudioCourses(user),
    getNow(),
    orNotFound(listQueue(user, { courseId, kind: "reports", limit: 20 }), { hideForbidden: true }),
    orNotFound(listResolvedReports(user, { courseId }), { hideForbidden: true }),
  ]);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{t("title")}</h1>
        <p className="mt-1 max-w-3xl text-muted">{t("intro")}</p>
      </div>
      {courses.length > 1 && (
        <QueueFilters courses={courses} courseId={courseId} action="/studio/reports" withArticles={false} />
      )}
      <StudioQueue
        key={courseId ?? ""}
        initial={initial}
        filter={{ courseId, kind: "reports" }}
        serverNow={now.getTime()}
        variant="reports"
      />
      <ResolvedReports rows={resolved} />
    </div>
  );
}
