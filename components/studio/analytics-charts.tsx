"use client";

import type { AnalyticsDTO } from "@/lib/studio/schema";
import { useFormatter, useTranslations } from "next-intl";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type YAxisTickContentProps,
} from "recharts";
import {
  ACCENT,
  AMBER,
  barLabel,
  ChartCard,
  columnTick,
  GRID,
  legendText,
  LikedTick,
  noon,
  SOFT,
  TICK,
  tooltipStyle,
  useIsNarrow,
  WrappedTick,
} from "./chart-parts";

/** The course's analytics drawn with recharts: per day, time to feature, most liked, most active. */
export function AnalyticsCharts({ data }: { data: AnalyticsDTO }) {
  const t = useTranslations("studio.analytics");
  const format = useFormatter();
  const isNarrow = useIsNarrow();
  const day = (date: string) => format.dateTime(noon(date), { month: "short", day: "numeric", timeZone: "UTC" });
  const buckets = data.timeToFeature.buckets.map((b) => ({ label: t(`buckets.${b.bucket}`), count: b.count }));
  const liked = data.topLiked.map((c, i) => ({ ...c, label: `${i + 1}`, likes: c.likeCount }));
  const learners = data.activeLearners.map((l) => ({
    label: l.name,
    comments: l.comments,
    replies: l.replies,
  }));

  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <ChartCard title={t("perDay")} note={t("perDayNote")} className="lg:col-span-2">
        <ResponsiveContainer width="100%" height={260}>
          <BarChart
            data={data.days}
            margin={{ top: 8, right: 8, bottom: 0, left: -16 }}
            barCategoryGap="18%"
            accessibilityLayer={false}
          >
            <CartesianGrid vertical={false} stroke={GRID} />
            <XAxis
              xAxisId="all"
              dataKey="date"
              tickFormatter={day}
              tick={TICK}
              tickLine={false}
              axisLine={{ stroke: GRID }}
              minTickGap={18}
            />
            <XAxis xAxisId="featured" dataKey="date" hide />
            <YAxis allowDecimals={false} tick={TICK} tickLine={false} axisLine={false} />
            <Tooltip
              labelFormatter={(d) => day(String(d))}
              contentStyle={tooltipStyle}
              cursor={{ fill: "rgb(15 118 110 / 0.06)" }}
            />
            <Legend iconType="square" wrapperStyle={{ fontSize: 13 }} formatter={legendText} />
            <Bar
              xAxisId="all"
              dataKey="all"
              name={t("all")}
              fill={SOFT}
              radius={[3, 3, 0, 0]}
              isAnimationActive={false}
            />
            <Bar
              xAxisId="featured"
              dataKey="featured"
              name={t("featured")}
              fill={ACCENT}
              radius={[3, 3, 0, 0]}
              isAnimationActive={false}
            />
          </BarChart>
        </ResponsiveContainer>
      </ChartCard>

      <ChartCard title={t("timing")} note={t("timingNote")}>
        <ResponsiveContainer width="100%" height={240}>
          <BarChart data={buckets} margin={{ top: 8, right: 8, bottom: 0, left: -16 }} accessibilityLayer={false}>
            <CartesianGrid vertical={false} stroke={GRID} />
            <XAxis
              dataKey="label"
              interval={0}
              height={isNarrow ? 40 : 30}
              tickLine={false}
              axisLine={{ stroke: GRID }}
              tick={columnTick}
            />
            <YAxis allowDecimals={false} tick={TICK} tickLine={false} axisLine={false} />
            <Tooltip contentStyle={tooltipStyle} cursor={{ fill: "rgb(15 118 110 / 0.06)" }} />
            <Bar
              dataKey="count"
              name={t("featuredCount")}
              fill={ACCENT}
              radius={[4, 4, 0, 0]}
              isAnimationActive={false}
            />
          </BarChart>
        </ResponsiveContainer>
      </ChartCard>

      <ChartCard title={t("learners")} note={t("learnersNote")}>
        {learners.length === 0 ? (
          <p className="py-16 text-center text-sm text-muted">{t("none")}</p>
        ) : (
          <ResponsiveContainer width="100%" height={Math.max(160, learners.length * 34 + 50)}>
            <BarChart
              data={learners}
              layout="vertical"
              margin={{ top: 0, right: 16, bottom: 0, left: 8 }}
              accessibilityLayer={false}
            >
              <CartesianGrid horizontal={false} stroke={GRID} />
              <XAxis type="number" allowDecimals={false} tick={TICK} tickLine={false} axisLine={false} />
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
              <Tooltip contentStyle={tooltipStyle} cursor={{ fill: "rgb(15 118 110 / 0.06)" }} />
              <Legend iconType="square" wrapperStyle={{ fontSize: 13 }} formatter={legendText} />
              <Bar dataKey="comments" stackId="a" name={t("commentsCol")} fill={ACCENT} isAnimationActive={false} />
              <Bar
                dataKey="replies"
                stackId="a"
                name={t("repliesCol")}
                fill={AMBER}
                radius={[0, 3, 3, 0]}
                isAnimationActive={false}
              />
            </BarChart>
          </ResponsiveContainer>
        )}
      </ChartCard>

      <ChartCard title={t("topLiked")} note={t("topLikedNote")} className="lg:col-span-2">
        {liked.length === 0 ? (
          <p className="py-16 text-center text-sm text-muted">{t("none")}</p>
        ) : (
          <ResponsiveContainer width="100%" height={liked.length * (isNarrow ? 44 : 32) + 24}>
            <BarChart
              data={liked}
              layout="vertical"
              margin={{ top: 0, right: 32, bottom: 0, left: 8 }}
              accessibilityLayer={false}
            >
              <CartesianGrid horizontal={false} stroke={GRID} />
              <XAxis type="number" allowDecimals={false} tick={TICK} tickLine={false} axisLine={false} />
              <YAxis
                type="category"
                dataKey="label"
                width={isNarrow ? 150 : 420}
                tickLine={false}
                axisLine={false}
                tick={({ x, y, index }: YAxisTickContentProps) => (
                  <LikedTick x={Number(x)} y={Number(y)} index={index} comment={liked[index]} isNarrow={isNarrow} />
                )}
              />
              <Tooltip
                cursor={{ fill: "rgb(15 118 110 / 0.06)" }}
                content={({ active, payload }) => {
                  const c = active ? (payload?.[0]?.payload as (typeof liked)[number] | undefined) : undefined;
                  return c ? (
                    <div style={tooltipStyle} className="max-w-sm bg-card px-3 py-2">
                      <p className="font-semibold">{c.authorName}</p>
                      <p className="mt-1 text-ink">{c.excerpt}</p>
                      <p className="mt-1 text-muted">
                        {c.article.title} · {t("likes")}: {c.likeCount} · {t("replies")}: {c.replyCount}
                      </p>
                    </div>
                  ) : null;
                }}
              />
              <Bar
                dataKey="likes"
                name={t("likes")}
                fill={ACCENT}
                radius={[0, 4, 4, 0]}
                isAnimationActive={false}
                label={barLabel("right")}
              />
            </BarChart>
          </ResponsiveContainer>
        )}
      </ChartCard>
    </div>
  );
}
