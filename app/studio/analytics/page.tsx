import { AnalyticsCharts } from "@/components/studio/analytics-charts";
import { AnalyticsTables } from "@/components/studio/analytics-tables";
import { CoursePicker } from "@/components/studio/course-picker";
import { TablesToggle } from "@/components/studio/tables-toggle";
import { card } from "@/components/ui/styles";
import { orNotFound } from "@/lib/pages";
import { studioCoursePick } from "@/lib/studio/access";
import { getCourseAnalytics } from "@/lib/studio/analytics";
import type { Metadata } from "next";
import { getTimeZone, getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("studio.analytics"))("title") };
}

function Stat({ label, value, note }: { label: string; value: string; note?: ReactNode }) {
  return (
    <div className={`${card} p-5`}>
      <dt className="text-sm font-medium text-muted">{label}</dt>
      <dd className="mt-1 text-3xl font-bold tabular-nums tracking-tight">{value}</dd>
      {note && <dd className="mt-1 text-sm text-muted">{note}</dd>}
    </div>
  );
}

export default async function AnalyticsPage({ searchParams }: PageProps<"/studio/analytics">) {
  const pick = await studioCoursePick(searchParams);
  if (!pick) return null;
  const { user, courses, slug } = pick;
  const t = await getTranslations("studio.analytics");
  if (!slug) return <p className="text-muted">{t("noCourses")}</p>;
  const data = await orNotFound(getCourseAnalytics(user, slug, await getTimeZone()), { hideForbidden: true });
  const { totals, timeToFeature } = data;
  const median = timeToFeature.medianHours;
  const wait =
    median === null
      ? t("noMedian")
      : median < 1
        ? t("minutes", { minutes: Math.round(median * 60) })
        : median < 48
          ? t("hours", { hours: median })
          : t("days", { days: median / 24 });

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{t("title")}</h1>
        <p className="mt-1 text-muted">{t("intro", { course: data.course.title })}</p>
      </div>
      <CoursePicker
        courses={courses}
        current={data.course.slug}
        basePath="/studio/analytics"
        label={t("courseLabel")}
      />
      <dl className="grid grid-cols-2 gap-4 lg:grid-cols-4">
        <Stat label={t("comments30")} value={String(totals.comments)} />
        <Stat
          label={t("featured30")}
          value={String(totals.featured)}
          note={totals.comments > 0 ? t("featureRate", { rate: totals.featured / totals.comments }) : undefined}
        />
        <Stat label={t("medianWait")} value={wait} note={t("medianSample", { count: timeToFeature.sampleSize })} />
        <Stat
          label={t("pendingNow")}
          value={String(totals.pending)}
          note={
            <Link href="/studio/reports" className="hover:text-accent-strong hover:underline">
              {t("openReports", { count: totals.openReports })}
            </Link>
          }
        />
      </dl>
      <AnalyticsCharts data={data} />
      <TablesToggle>
        <AnalyticsTables data={data} />
      </TablesToggle>
    </div>
  );
}
