import { card } from "@/components/ui/styles";
import type { AnalyticsDTO } from "@/lib/studio/schema";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";

export const th = "px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-muted";
export const num = "px-3 py-1.5 text-right tabular-nums";
export const cell = "px-3 py-1.5";

export function DataTable({
  caption,
  head,
  children,
  wide = false,
}: {
  caption: string;
  head: ReactNode;
  children: ReactNode;
  wide?: boolean;
}) {
  return (
    <div className={`${card} overflow-x-auto ${wide ? "lg:col-span-2" : ""}`}>
      <table className="w-full text-sm">
        <caption className="px-3 pt-3 text-left font-semibold">{caption}</caption>
        <thead className="border-b border-line">
          <tr>{head}</tr>
        </thead>
        <tbody className="divide-y divide-line">{children}</tbody>
      </table>
    </div>
  );
}

/** The analytics as real tables: the accessible version of every chart. */
export async function AnalyticsTables({ data }: { data: AnalyticsDTO }) {
  const [t, format] = await Promise.all([getTranslations("studio.analytics"), getFormatter()]);
  const empty = (cols: number) => (
    <tr>
      <td colSpan={cols} className={`${cell} text-muted`}>
        {t("none")}
      </td>
    </tr>
  );
  return (
    <>
      <DataTable
        caption={t("perDay")}
        head={
          <>
            <th scope="col" className={th}>
              {t("date")}
            </th>
            <th scope="col" className={`${th} text-right`}>
              {t("all")}
            </th>
            <th scope="col" className={`${th} text-right`}>
              {t("featured")}
            </th>
          </>
        }
      >
        {data.days.map((d) => (
          <tr key={d.date}>
            <th scope="row" className={`${cell} text-left font-normal`}>
              <time dateTime={d.date}>
                {format.dateTime(new Date(`${d.date}T12:00:00Z`), { dateStyle: "medium", timeZone: "UTC" })}
              </time>
            </th>
            <td className={num}>{d.all}</td>
            <td className={num}>{d.featured}</td>
          </tr>
        ))}
      </DataTable>
      <div className="space-y-4">
        <DataTable
          caption={t("timing")}
          head={
            <>
              <th scope="col" className={th}>
                {t("bucket")}
              </th>
              <th scope="col" className={`${th} text-right`}>
                {t("featuredCount")}
              </th>
            </>
          }
        >
          {data.timeToFeature.buckets.map((b) => (
            <tr key={b.bucket}>
              <th scope="row" className={`${cell} text-left font-normal`}>
                {t(`buckets.${b.bucket}`)}
              </th>
              <td className={num}>{b.count}</td>
            </tr>
          ))}
        </DataTable>
        <DataTable
          caption={t("learners")}
          head={
            <>
              <th scope="col" className={th}>
                {t("learner")}
              </th>
              <th scope="col" className={`${th} text-right`}>
                {t("commentsCol")}
              </th>
              <th scope="col" className={`${th} text-right`}>
                {t("featuredCol")}
              </th>
              <th scope="col" className={`${th} text-right`}>
                {t("repliesCol")}
              </th>
            </>
          }
        >
          {data.activeLearners.length === 0
            ? empty(4)
            : data.activeLearners.map((l) => (
                <tr key={l.id}>
                  <th scope="row" className={`${cell} text-left font-normal`}>
                    {l.name}
                  </th>
                  <td className={num}>{l.comments}</td>
                  <td className={num}>{l.featured}</td>
                  <td className={num}>{l.replies}</td>
                </tr>
              ))}
        </DataTable>
      </div>
      <DataTable
        wide
        caption={t("topLiked")}
        head={
          <>
            <th scope="col" className={th}>
              {t("comment")}
            </th>
            <th scope="col" className={th}>
              {t("author")}
            </th>
            <th scope="col" className={th}>
              {t("article")}
            </th>
            <th scope="col" className={`${th} text-right`}>
              {t("likes")}
            </th>
            <th scope="col" className={`${th} text-right`}>
              {t("replies")}
            </th>
          </>
        }
      >
        {data.topLiked.length === 0
          ? empty(5)
          : data.topLiked.map((c) => (
              <tr key={c.id}>
                <th scope="row" className={`${cell} max-w-md text-left font-normal`}>
                  {c.excerpt}
                </th>
                <td className={cell}>{c.authorName}</td>
                <td className={cell}>
                  <Link href={c.article.href} className="text-accent-strong hover:underline">
                    {c.article.title}
                  </Link>
                </td>
                <td className={num}>{c.likeCount}</td>
                <td className={num}>{c.replyCount}</td>
              </tr>
            ))}
      </DataTable>
    </>
  );
}
