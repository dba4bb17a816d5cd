import type { ArticleLinkDTO, CourseDTO } from "@/lib/courses/queries";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";

/**
 * The course's lessons by chapter, numbered in course order, then those without a chapter.
 * In an invite-only course, readers who do not read everything see which lessons are the
 * trial and which are for members.
 */
export async function LessonOutline({ course }: { course: CourseDTO }) {
  const [t, r, recap, format] = await Promise.all([
    getTranslations("course"),
    getTranslations("reader"),
    getTranslations("recap"),
    getFormatter(),
  ]);
  const showsAccess = course.enrollment === "invite" && !course.access.readsEverything;
  const numberOf = new Map(course.lessons.map((a, i) => [a.id, i + 1]));
  const inChapters = new Set(course.chapters.flatMap((c) => c.lessons.map((a) => a.id)));
  const unchaptered = course.lessons.filter((a) => !inChapters.has(a.id));

  const list = (lessons: ArticleLinkDTO[]) => (
    <ol className="mt-1">
      {lessons.map((a) => (
        <li key={a.id} className="flex gap-4 border-b border-line py-4 last:border-0">
          <span className="w-8 shrink-0 pt-0.5 text-right font-mono text-sm text-muted">
            {String(numberOf.get(a.id)).padStart(2, "0")}
          </span>
          <div className="min-w-0 flex-1">
            <Link href={`/courses/${course.slug}/articles/${a.slug}`} className="font-medium hover:text-accent-strong">
              {a.title}
            </Link>
            <p className="mt-1 text-sm text-muted">
              {a.publishedAt && format.dateTime(new Date(a.publishedAt), { dateStyle: "medium" })} ·{" "}
              {t("featuredCount", { count: a.featuredCommentCount })}
            </p>
          </div>
          {showsAccess && <AccessMark locked={a.locked} />}
        </li>
      ))}
    </ol>
  );

  if (course.lessons.length === 0) return <p className="mt-4 text-muted">{t("lessonsEmpty")}</p>;
  return (
    <div className="mt-2 space-y-4">
      {course.chapters.map((c) => (
        <section key={c.id} aria-labelledby={`chapter-${c.id}`}>
          <div className="flex items-baseline justify-between gap-3 border-b border-line pb-2 pt-2">
            <h3 id={`chapter-${c.id}`} className="text-base font-semibold">
              {c.title}
            </h3>
            <Link
              href={`/courses/${course.slug}/chapters/${c.id}/recap`}
              aria-label={recap("recapLinkLabel", { chapter: c.title })}
              className="shrink-0 text-sm font-medium text-accent-strong hover:underline"
            >
              {recap("recapLink")}
            </Link>
          </div>
          {list(c.lessons)}
        </section>
      ))}
      {unchaptered.length > 0 && (
        <section aria-labelledby={course.chapters.length > 0 ? "more-lessons" : undefined}>
          {course.chapters.length > 0 && (
            <h3 id="more-lessons" className="border-b border-line pb-2 pt-2 text-base font-semibold">
              {r("moreLessons")}
            </h3>
          )}
          {list(unchaptered)}
        </section>
      )}
    </div>
  );
}

/** "Trial" for a lesson free to read; a lock, read out as "Members only", for the rest. */
async function AccessMark({ locked }: { locked: boolean }) {
  const t = await getTranslations("reader");
  if (!locked) {
    return (
      <span
        title={t("trialHint")}
        className="h-fit shrink-0 rounded bg-accent-soft px-1.5 py-0.5 text-xs font-semibold text-accent-strong"
      >
        {t("trial")}
      </span>
    );
  }
  return (
    <span title={t("membersOnly")} className="shrink-0 pt-0.5 text-muted">
      <LockIcon />
      <span className="sr-only">{t("membersOnly")}</span>
    </span>
  );
}

export function LockIcon({ className = "h-4 w-4" }: { className?: string }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className={className}>
      <path
        fillRule="evenodd"
        d="M10 1a4.5 4.5 0 0 0-4.5 4.5V9H5a2 2 0 0 0-2 2v6a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2v-6a2 2 0 0 0-2-2h-.5V5.5A4.5 4.5 0 0 0 10 1Zm3 8V5.5a3 3 0 1 0-6 0V9h6Z"
        clipRule="evenodd"
      />
    </svg>
  );
}
