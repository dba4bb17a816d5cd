import { card } from "@/components/ui/styles";
import type { ResolvedReportRowDTO } from "@/lib/studio/schema";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";

const th = "px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-muted";
const td = "px-3 py-2.5 align-top";

/** The latest settled reports: what was reported, why, and who decided what. */
export async function ResolvedReports({ rows }: { rows: ResolvedReportRowDTO[] }) {
  const [t, format] = await Promise.all([getTranslations("studio.reports"), getFormatter()]);
  return (
    <section aria-labelledby="resolved-heading" className="space-y-3">
      <h2 id="resolved-heading" className="text-lg font-semibold">
        {t("history")}
      </h2>
      {rows.length === 0 ? (
        <p className="text-sm text-muted">{t("historyEmpty")}</p>
      ) : (
        <div className={`${card} overflow-x-auto`}>
          <table className="w-full min-w-[40rem] text-sm">
            <thead className="border-b border-line bg-paper">
              <tr>
                <th scope="col" className={th}>
                  {t("item")}
                </th>
                <th scope="col" className={th}>
                  {t("reason")}
                </th>
                <th scope="col" className={th}>
                  {t("reporter")}
                </th>
                <th scope="col" className={th}>
                  {t("outcome")}
                </th>
                <th scope="col" className={th}>
                  {t("resolver")}
                </th>
                <th scope="col" className={th}>
                  {t("when")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-line">
              {rows.map((r) => (
                <tr key={r.id}>
                  <td className={`${td} max-w-xs`}>
                    <span className="text-xs font-semibold text-muted">
                      {r.target === "reply" ? t("replyTarget") : t("commentTarget")}
                    </span>
                    <p className="line-clamp-2 break-words">{r.excerpt}</p>
                    <Link href={r.article.href} className="text-xs text-accent-strong hover:underline">
                      {r.article.title}
                    </Link>
                  </td>
                  <td className={`${td} max-w-[14rem] break-words`}>{r.reason}</td>
                  <td className={td}>{r.reporterName}</td>
                  <td className={td}>
                    <span
                      className={`rounded px-1.5 py-0.5 text-xs font-semibold ${r.status === "resolved" ? "bg-red-50 text-red-800" : "bg-black/5 text-muted"}`}
                    >
                      {r.status === "resolved" ? t("resolved") : t("dismissed")}
                    </span>
                  </td>
                  <td className={td}>{r.resolverName ?? "—"}</td>
                  <td className={`${td} whitespace-nowrap text-muted`}>
                    {r.resolvedAt && (
                      <time dateTime={r.resolvedAt}>
                        {format.dateTime(new Date(r.resolvedAt), { dateStyle: "medium", timeStyle: "short" })}
                      </time>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
