import { CoursePicker } from "@/components/studio/course-picker";
import { buttonPrimary, card, label } from "@/components/ui/styles";
import { getCurrentUser } from "@/lib/auth/session";
import { canUseStudio, listStudioCourses } from "@/lib/studio/access";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("studio.export"))("title") };
}

const radio =
  "flex cursor-pointer gap-3 rounded-lg border border-line bg-card p-4 transition hover:border-accent/50 has-[:checked]:border-accent has-[:checked]:bg-accent-soft/60 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-accent/30";

export default async function ExportPage({ searchParams }: PageProps<"/studio/export">) {
  const user = await getCurrentUser();
  if (!user || !(await canUseStudio(user))) return null; // the layout signs visitors in and turns others away
  const [t, ta, courses, { course }] = await Promise.all([
    getTranslations("studio.export"),
    getTranslations("studio.analytics"),
    listStudioCourses(user),
    searchParams,
  ]);
  const current = courses.find((c) => c.slug === course) ?? courses[0];
  if (!current) return <p className="text-muted">{ta("noCourses")}</p>;
  const total = current.articles.reduce((sum, a) => sum + a.featuredCount, 0);

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{t("title")}</h1>
        <p className="mt-1 text-muted">{t("intro")}</p>
      </div>
      <CoursePicker courses={courses} current={current.slug} basePath="/studio/export" label={ta("courseLabel")} />
      {/* A plain GET to the export route: the browser saves the attachment, no script needed. */}
      <form method="get" action="/api/studio/export" className={`${card} max-w-2xl space-y-6 p-6`}>
        <input type="hidden" name="course" value={current.slug} />
        <div>
          <p className={label}>{t("course")}</p>
          <p className="mt-1 font-semibold">
            {current.title} <span className="font-normal text-muted">· {t("featuredIn", { count: total })}</span>
          </p>
        </div>
        <div>
          <label htmlFor="export-article" className={label}>
            {t("article")}
          </label>
          <select
            id="export-article"
            name="article"
            defaultValue=""
            className="mt-1 block w-full rounded-lg border border-line bg-card px-3 py-2 text-sm outline-none focus:border-accent focus:ring-2 focus:ring-accent/20"
          >
            <option value="">{t("allArticles")}</option>
            {current.articles.map((a) => (
              <option key={a.id} value={a.id}>
                {a.title} — {t("featuredIn", { count: a.featuredCount })}
              </option>
            ))}
          </select>
        </div>
        <fieldset>
          <legend className={label}>{t("format")}</legend>
          <div className="mt-2 grid gap-3 sm:grid-cols-2">
            {(["csv", "md"] as const).map((format) => (
              <label key={format} className={radio}>
                <input
                  type="radio"
                  name="format"
                  value={format}
                  defaultChecked={format === "csv"}
                  className="mt-1 accent-[var(--color-accent)]"
                />
                <span>
                  <span className="block font-semibold">{t(format)}</span>
                  <span className="block text-sm text-muted">{t(`${format}Note`)}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        <button type="submit" className={buttonPrimary}>
          {t("download")}
        </button>
      </form>
    </div>
  );
}
