import { CoursePicker } from "@/components/studio/course-picker";
import { HealthCharts } from "@/components/studio/health/health-charts";
import { HealthStats } from "@/components/studio/health/health-stats";
import { HealthTables } from "@/components/studio/health/health-tables";
import { UnansweredList } from "@/components/studio/health/unanswered-list";
import { TablesToggle } from "@/components/studio/tables-toggle";
import { orNotFound } from "@/lib/pages";
import { studioCoursePick } from "@/lib/studio/access";
import { getCourseHealth } from "@/lib/studio/health";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("health"))("title") };
}

export default async function HealthPage({ searchParams }: PageProps<"/studio/health">) {
  const pick = await studioCoursePick(searchParams);
  if (!pick) return null;
  const { user, courses, slug } = pick;
  const t = await getTranslations("health");
  if (!slug) return <p className="text-muted">{t("noCourses")}</p>;
  const data = await orNotFound(getCourseHealth(user, slug), { hideForbidden: true });

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{t("title")}</h1>
        <p className="mt-1 text-muted">{t("intro", { course: data.course.title })}</p>
      </div>
      <CoursePicker courses={courses} current={data.course.slug} basePath="/studio/health" label={t("courseLabel")} />
      <HealthStats data={data} />
      <HealthCharts data={data} />
      <UnansweredList data={data} />
      <TablesToggle>
        <HealthTables data={data} />
      </TablesToggle>
    </div>
  );
}
