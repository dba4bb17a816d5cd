import { card } from "@/components/ui/styles";
import type { HealthDTO } from "@/lib/studio/health-schema";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";

/** The featured questions still waiting for an author reply, oldest feature first: what to answer next. */
export async function UnansweredList({ data }: { data: HealthDTO }) {
  const [t, format] = await Promise.all([getTranslations("health"), getFormatter()]);
  return (
    <section aria-labelledby="health-unanswered" className={`${card} p-5`}>
      <h2 id="health-unanswered" className="font-semibold">
        {t("unansweredList")}
      </h2>
      <p className="text-sm text-muted">{t("unansweredNote")}</p>
      {data.unansweredSample.length === 0 ? (
        <p className="mt-3 text-sm text-muted">{t("noData")}</p>
      ) : (
        <ul className="mt-3 divide-y divide-line">
          {data.unansweredSample.map((c) => (
            <li key={c.id} className="py-2.5">
              <Link href={c.href} className="break-words text-accent-strong hover:underline">
                {c.excerpt}
              </Link>
              <p className="mt-0.5 text-sm text-muted">
                {c.authorName} · {t("featuredAt")}{" "}
                <time dateTime={c.featuredAt}>{format.dateTime(new Date(c.featuredAt), { dateStyle: "medium" })}</time>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
