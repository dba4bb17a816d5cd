import { cell, DataTable, num, th } from "@/components/studio/analytics-tables";
import type { HealthDTO } from "@/lib/studio/health-schema";
import { getFormatter, getTranslations } from "next-intl/server";
import { waitText } from "./wait";

/** The health figures as real tables: the accessible version of every chart and card. */
export async function HealthTables({ data }: { data: HealthDTO }) {
  const [t, format] = await Promise.all([getTranslations("health"), getFormatter()]);
  const percent = (share: number | null) =>
    share === null ? t("none") : format.number(share, { style: "percent", maximumFractionDigits: 0 });
  const head = (...cols: Array<[string, boolean?]>) => (
    <>
      {cols.map(([label, isNumber]) => (
        <th key={label} scope="col" className={isNumber ? `${th} text-right` : th}>
          {label}
        </th>
      ))}
    </>
  );
  const figures: Array<[string, string]> = [
    [t("median"), waitText(t, data.timeToFeatureHours.p50)],
    [t("percentile90"), waitText(t, data.timeToFeatureHours.p90)],
    [t("pendingComments"), String(data.pendingOver48hParts.comments)],
    [t("pendingReplies"), String(data.pendingOver48hParts.replies)],
    [t("share"), percent(data.learnersFeaturedShare)],
    [t("gini"), data.featureGini === null ? t("none") : format.number(data.featureGini, { maximumFractionDigits: 2 })],
    [t("unanswered"), String(data.unansweredFeatured)],
  ];
  const empty = (cols: number) => (
    <tr>
      <td colSpan={cols} className={`${cell} text-muted`}>
        {t("noData")}
      </td>
    </tr>
  );
  return (
    <>
      <div className="space-y-4">
        <DataTable caption={t("title")} head={head([t("figure")], [t("value"), true])}>
          {figures.map(([label, value]) => (
            <tr key={label}>
              <th scope="row" className={`${cell} text-left font-normal`}>
                {label}
              </th>
              <td className={num}>{value}</td>
            </tr>
          ))}
        </DataTable>
        <DataTable caption={t("spread")} head={head([t("featuresCol")], [t("learnersCol"), true])}>
          {data.featureSpread.map((s) => (
            <tr key={s.features}>
              <th scope="row" className={`${cell} text-left font-normal`}>
                {s.features}
              </th>
              <td className={num}>{s.learners}</td>
            </tr>
          ))}
        </DataTable>
      </div>
      <DataTable caption={t("work")} head={head([t("person")], [t("actions"), true], [t("shareCol"), true])}>
        {data.perInstructor.length === 0
          ? empty(3)
          : data.perInstructor.map((p) => (
              <tr key={p.id}>
                <th scope="row" className={`${cell} text-left font-normal`}>
                  {p.name}
                </th>
                <td className={num}>{p.actions}</td>
                <td className={num}>{percent(p.share)}</td>
              </tr>
            ))}
      </DataTable>
    </>
  );
}
