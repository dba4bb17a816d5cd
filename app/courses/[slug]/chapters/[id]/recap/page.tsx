import { PrintButton } from "@/components/recap/print-button";
import { RecapLesson } from "@/components/recap/recap-lesson";
import "@/components/recap/recap-print.css";
import { buttonSecondary } from "@/components/ui/styles";
import { getCurrentUser } from "@/lib/auth/session";
import { publicOrigin } from "@/lib/origin";
import { orNotFound } from "@/lib/pages";
import { getChapterRecap } from "@/lib/recap/recap";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import Link from "next/link";
import { cache } from "react";

const load = cache(async (slug: string, id: string) => orNotFound(getChapterRecap(await getCurrentUser(), slug, id)));

export async function generateMetadata({
  params,
}: PageProps<"/courses/[slug]/chapters/[id]/recap">): Promise<Metadata> {
  const { slug, id } = await params;
  const [recap, t] = await Promise.all([load(slug, id), getTranslations("recap")]);
  return { title: t("pageTitle", { chapter: recap.chapter.title }) };
}

/** A chapter's featured discussion to read again, print, or download as Markdown. */
export default async function RecapPage({ params }: PageProps<"/courses/[slug]/chapters/[id]/recap">) {
  const { slug, id } = await params;
  const [recap, t, origin] = await Promise.all([
    load(slug, id),
    getTranslations("recap"),
    headers().then(publicOrigin),
  ]);
  const courseHref = `/courses/${recap.course.slug}`;
  return (
    <div data-recap className="mx-auto w-full max-w-[720px]">
      <nav aria-label={t("backToCourse")} className="text-sm" data-print="hide">
        <Link href={courseHref} className="inline-flex items-center gap-1 text-muted hover:text-accent-strong">
          <span aria-hidden="true">←</span> {recap.course.title}
        </Link>
      </nav>
      <header className="mt-6 border-b border-line pb-6">
        <p className="text-xs font-semibold uppercase tracking-wider text-accent-strong">{recap.course.title}</p>
        <h1 className="mt-2 text-3xl font-bold leading-tight tracking-tight text-balance sm:text-4xl">
          {t("title", { chapter: recap.chapter.title })}
        </h1>
        <p className="mt-3 text-muted">{t("intro")}</p>
        <div className="mt-4 flex flex-wrap gap-2" data-print="hide">
          <PrintButton label={t("print")} />
          <a
            href={`/api/courses/${recap.course.slug}/chapters/${recap.chapter.id}/recap?format=markdown`}
            className={buttonSecondary}
            download
          >
            {t("markdown")}
          </a>
        </div>
      </header>
      {recap.lessons.length === 0 ? (
        <p className="mt-6 text-muted">{t("emptyChapter")}</p>
      ) : (
        <div className="mt-6 space-y-10">
          {recap.lessons.map((lesson) => (
            <RecapLesson key={lesson.id} lesson={lesson} origin={origin} />
          ))}
        </div>
      )}
    </div>
  );
}
