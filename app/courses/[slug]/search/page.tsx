import { MoreResults } from "@/components/search/more-results";
import { ResultItem, type KindLabels } from "@/components/search/result-item";
import { SearchBox } from "@/components/search/search-box";
import { card } from "@/components/ui/styles";
import { getCurrentUser } from "@/lib/auth/session";
import { getCourse } from "@/lib/courses/queries";
import { orNotFound } from "@/lib/pages";
import { runPageSearch } from "@/lib/search/page-search";
import { SEARCH_QUERY_MAX_LENGTH } from "@/lib/search/schema";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import Link from "next/link";
import { cache } from "react";

const load = cache(async (slug: string) => orNotFound(getCourse(await getCurrentUser(), slug)));
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export async function generateMetadata({ params }: PageProps<"/courses/[slug]/search">): Promise<Metadata> {
  const [course, t] = await Promise.all([load((await params).slug), getTranslations("search")]);
  // One page per query: nothing for search engines to keep.
  return { title: t("title", { course: course.title }), robots: { index: false } };
}

export default async function SearchPage({ params, searchParams }: PageProps<"/courses/[slug]/search">) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const [course, t, viewer] = await Promise.all([load(slug), getTranslations("search"), getCurrentUser()]);
  const q = (first(query.q) ?? "").trim();
  const outcome = await runPageSearch(viewer, course.slug, { q, cursor: first(query.cursor) }, await headers());
  const kinds: KindLabels = {
    lesson: t("kindLesson"),
    essay: t("kindEssay"),
    comment: t("kindComment"),
    reply: t("kindReply"),
  };

  return (
    <div className="mx-auto max-w-3xl space-y-6 pt-4">
      <Link href={`/courses/${course.slug}`} className="text-sm text-muted hover:text-accent-strong">
        ← {t("back")}
      </Link>
      <h1 className="text-2xl font-bold tracking-tight break-words">{t("title", { course: course.title })}</h1>
      <SearchBox courseSlug={course.slug} q={q.slice(0, SEARCH_QUERY_MAX_LENGTH)} autoFocus={q === ""} />
      <section
        aria-labelledby={outcome.kind === "results" ? "search-results-heading" : undefined}
        className={`${card} p-4 sm:p-6`}
      >
        {outcome.kind === "prompt" && <p className="text-muted">{t("prompt")}</p>}
        {outcome.kind === "tooLong" && (
          <p role="alert" className="text-red-700">
            {t("tooLong", { max: SEARCH_QUERY_MAX_LENGTH })}
          </p>
        )}
        {outcome.kind === "rateLimited" && (
          <p role="alert" className="text-red-700">
            {t("rateLimited")}
          </p>
        )}
        {outcome.kind === "results" && (
          <>
            <h2 id="search-results-heading" className="text-lg font-semibold break-words">
              {t("resultsFor", { q })}
            </h2>
            {outcome.page.items.length === 0 ? (
              <div className="mt-3">
                <p>{t("noResults", { q })}</p>
                <p className="mt-3 text-sm font-medium">{t("tipsHeading")}</p>
                <ul className="mt-1 list-disc space-y-1 pl-5 text-sm text-muted">
                  <li>{t("tipFewerWords")}</li>
                  <li>{t("tipOtherLanguage")}</li>
                  <li>{t("tipSpelling")}</li>
                </ul>
              </div>
            ) : (
              <>
                <ol className="mt-2 list-none">
                  {outcome.page.items.map((result) => (
                    <ResultItem key={`${result.kind}:${result.id}`} result={result} kindLabels={kinds} />
                  ))}
                </ol>
                {outcome.page.nextCursor && (
                  <MoreResults
                    courseSlug={course.slug}
                    q={q}
                    cursor={outcome.page.nextCursor}
                    labels={{ more: t("more"), loading: t("loading"), failed: t("failed"), kinds }}
                  />
                )}
              </>
            )}
          </>
        )}
      </section>
    </div>
  );
}
