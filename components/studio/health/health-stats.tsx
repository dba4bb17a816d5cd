import { card } from "@/components/ui/styles";
import type { HealthDTO } from "@/lib/studio/health-schema";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";
import { waitText } from "./wait";

function Stat({ label, value, detail, why }: { label: string; value: string; detail?: ReactNode; why: string }) {
  return (
    <div className={`${card} p-5`}>
      <dt className="text-sm font-medium text-muted">{label}</dt>
      <dd className="mt-1 text-3xl font-bold tabular-nums tracking-tight">{value}</dd>
      {detail && <dd className="mt-1 text-sm text-ink">{detail}</dd>}
      <dd className="mt-2 text-sm text-muted">{why}</dd>
    </div>
  );
}

/** The six health figures, each with why it matters. */
export async function HealthStats({ data }: { data: HealthDTO }) {
  const [t, format] = await Promise.all([getTranslations("health"), getFormatter()]);
  const { timeToFeatureHours: ttf } = data;
  const sample = t("sample", { count: ttf.sampleSize });
  return (
    <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      <Stat label={t("p50")} value={waitText(t, ttf.p50)} detail={sample} why={t("p50Why")} />
      <Stat label={t("p90")} value={waitText(t, ttf.p90)} detail={sample} why={t("p90Why")} />
      <Stat
        label={t("overdue")}
        value={String(data.pendingOver48h)}
        detail={
          <Link href={`/studio?courseId=${data.course.id}`} className="text-accent-strong hover:underline">
            {t("overdueParts", data.pendingOver48hParts)}
          </Link>
        }
        why={t("overdueWhy")}
      />
      <Stat
        label={t("share")}
        value={
          data.learnersFeaturedShare === null
            ? t("none")
            : format.number(data.learnersFeaturedShare, { style: "percent", maximumFractionDigits: 0 })
        }
        detail={t("shareOf", { featured: data.featuredLearners, learners: data.commentingLearners })}
        why={t("shareWhy")}
      />
      <Stat
        label={t("gini")}
        value={data.featureGini === null ? t("none") : format.number(data.featureGini, { maximumFractionDigits: 2 })}
        why={t("giniWhy")}
      />
      <Stat label={t("unanswered")} value={String(data.unansweredFeatured)} why={t("unansweredWhy")} />
    </dl>
  );
}
