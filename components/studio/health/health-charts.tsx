"use client";

import {
  ACCENT,
  AMBER,
  barLabel,
  ChartCard,
  columnTick,
  GRID,
  TICK,
  tooltipStyle,
  useIsNarrow,
  WrappedTick,
} from "@/components/studio/chart-parts";
import type { HealthDTO } from "@/lib/studio/health-schema";
import { useFormatter, useTranslations } from "next-intl";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type YAxisTickContentProps,
} from "recharts";

const cursor = { fill: "rgb(15 118 110 / 0.06)" };

/** The health figures drawn: time to feature, features per learner, who does the curation. */
export function HealthCharts({ data }: { data: HealthDTO }) {
  const t = useTranslations("health");
  const format = useFormatter();
  const isNarrow = useIsNarrow();
  const round = (hours: number | null) => (hours === null ? 0 : Math.round(hours * 10) / 10);
  const timing = [
    { label: t("median"), hours: round(data.timeToFeatureHours.p50) },
    { label: t("percentile90"), hours: round(data.timeToFeatureHours.p90) },
  ];
  const spread = data.featureSpread.map((s) => ({ label: s.features, learners: s.learners }));
  const work = data.perInstructor.map((p) => ({ label: p.name, share: p.share, actions: p.actions }));
  const percent = (share: number) => format.number(share, { style: "percent", maximumFractionDigits: 0 });
  const empty = <p className="py-16 text-center text-sm text-muted">{t("noData")}</p>;

  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <ChartCard title={t("timing")} note={t("timingNote")}>
        {data.timeToFeatureHours.sampleSize === 0 ? (
          empty
        ) : (
          <ResponsiveContainer width="100%" height={220}>
            <BarChart data={timing} margin={{ top: 16, right: 8, bottom: 0, left: -16 }} accessibilityLayer={false}>
              <CartesianGrid vertical={false} stroke={GRID} />
              <XAxis
                dataKey="label"
                interval={0}
                height={40}
                tickLine={false}
                axisLine={{ stroke: GRID }}
                tick={columnTick}
              />
              <YAxis tick={TICK} tickLine={false} axisLine={false} />
              <Tooltip contentStyle={tooltipStyle} cursor={cursor} />
              <Bar
                dataKey="hours"
                name={t("hoursAxis")}
                radius={[4, 4, 0, 0]}
                isAnimationActive={false}
                label={barLabel("top")}
              >
                <Cell fill={ACCENT} />
                <Cell fill={AMBER} />
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        )}
      </ChartCard>

      <ChartCard title={t("spread")} note={t("spreadNote")}>
        {data.commentingLearners === 0 ? (
          empty
        ) : (
          <ResponsiveContainer width="100%" height={220}>
            <BarChart data={spread} margin={{ top: 16, right: 8, bottom: 0, left: -16 }} accessibilityLayer={false}>
              <CartesianGrid vertical={false} stroke={GRID} />
              <XAxis dataKey="label" tick={TICK} tickLine={false} axisLine={{ stroke: GRID }} />
              <YAxis allowDecimals={false} tick={TICK} tickLine={false} axisLine={false} />
              <Tooltip contentStyle={tooltipStyle} cursor={cursor} />
              <Bar
                dataKey="learners"
                name={t("learnersCol")}
                fill={ACCENT}
                radius={[4, 4, 0, 0]}
                isAnimationActive={false}
                label={barLabel("top")}
              />
            </BarChart>
          </ResponsiveContainer>
        )}
      </ChartCard>

      <ChartCard title={t("work")} note={t("workNote")} className="lg:col-span-2">
        {work.length === 0 ? (
          empty
        ) : (
          <ResponsiveContainer width="100%" height={work.length * 40 + 24}>
            <BarChart
              data={work}
              layout="vertical"
              margin={{ top: 0, right: 48, bottom: 0, left: 8 }}
              accessibilityLayer={false}
            >
              <CartesianGrid horizontal={false} stroke={GRID} />
              <XAxis
                type="number"
                domain={[0, 1]}
                ticks={isNarrow ? [0, 0.5, 1] : [0, 0.25, 0.5, 0.75, 1]}
                tickFormatter={percent}
                tick={TICK}
                tickLine={false}
                axisLine={false}
              />
              <YAxis
                type="category"
                dataKey="label"
                width={130}
                tickLine={false}
                axisLine={false}
                tick={({ x, y, payload }: YAxisTickContentProps) => (
                  <WrappedTick x={Number(x)} y={Number(y)} label={String(payload.value)} width={18} />
                )}
              />
              <Tooltip contentStyle={tooltipStyle} cursor={cursor} formatter={(value) => percent(Number(value))} />
              <Bar
                dataKey="share"
                name={t("shareCol")}
                fill={ACCENT}
                radius={[0, 4, 4, 0]}
                isAnimationActive={false}
                label={{
                  position: "right",
                  fill: "#1f2328",
                  fontSize: 12,
                  formatter: (v: unknown) => percent(Number(v)),
                }}
              />
            </BarChart>
          </ResponsiveContainer>
        )}
      </ChartCard>
    </div>
  );
}
