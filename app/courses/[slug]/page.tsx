import { JoinButton } from "@/components/courses/join-button";
import { CourseReflections } from "@/components/essays/course-reflections";
import { card } from "@/components/ui/styles";
import { getCurrentUser } from "@/lib/auth/session";
import { getCourse, type ArticleLinkDTO } from "@/lib/courses/queries";
import { listMyEssays } from "@/lib/essays/queries";
import { orNotFound } from "@/lib/pages";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";

async function load(slug: string) {
  return orNotFound(getCourse(await getCurrentUser(), slug));
}

export async function generateMetadata({ params }: PageProps<"/courses/[slug]">): Promise<Metadata> {
  return { title: (await load((await params).slug)).title };
}

export default async function CoursePage({ params }: PageProps<"/courses/[slug]">) {
  const { slug } = await params;
  const [course, t, format, viewer] = await Promise.all([
    load(slug),
    getTranslations("course"),
    getFormatter(),
    getCurrentUser(),
  ]);
  const myEssays = viewer && course.access.canParticipate ? await listMyEssays(viewer, { courseId: course.id }) : null;
  const status = { learner: t("joined"), instructor: t("instructor"), admin: t("admin") } as Record<string, string>;

  const item = (a: ArticleLinkDTO, index?: number) => (
    <li key={a.id} className="flex gap-4 border-b border-line py-4 last:border-0">
      {index !== undefined && (
        <span className="w-8 shrink-0 pt-0.5 text-right font-mono text-sm text-muted">
          {String(index + 1).padStart(2, "0")}
        </span>
      )}
      <div className="min-w-0">
        <Link href={`/courses/${course.slug}/articles/${a.slug}`} className="font-medium hover:text-accent-strong">
          {a.title}
        </Link>
        <p className="mt-1 text-sm text-muted">
          {a.kind === "essay" && <>{t("by", { name: a.authorName })} · </>}
          {a.publishedAt && format.dateTime(new Date(a.publishedAt), { dateStyle: "medium" })} ·{" "}
          {t("featuredCount", { count: a.featuredCommentCount })}
          {a.isStoryPinned && (
            <span className="ml-2 rounded bg-accent-soft px-1.5 py-0.5 text-xs font-semibold text-accent-strong">
              {t("pinnedStory")}
            </span>
          )}
        </p>
      </div>
    </li>
  );

  return (
    <div className="space-y-8">
      <section className="pt-4">
        <h1 className="text-3xl font-bold tracking-tight">{course.title}</h1>
        <p className="mt-2 max-w-3xl text-muted">{course.summary}</p>
        <div className="mt-4">
          {course.access.canJoin ? (
            <JoinButton courseSlug={course.slug} />
          ) : course.access.role === "visitor" ? (
            <Link
              href={`/signin?next=/courses/${course.slug}`}
              className="text-sm font-medium text-accent-strong underline"
            >
              {t("signInToJoin")}
            </Link>
          ) : (
            <p className="inline-block rounded-full bg-accent-soft px-3 py-1 text-sm font-medium text-accent-strong">
              {status[course.access.role]}
            </p>
          )}
        </div>
      </section>
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <section aria-labelledby="lessons-heading" className={`${card} p-6`}>
          <h2 id="lessons-heading" className="text-lg font-semibold">
            {t("lessons")}
          </h2>
          {course.lessons.length === 0 ? (
            <p className="mt-4 text-muted">{t("lessonsEmpty")}</p>
          ) : (
            <ol className="mt-2">{course.lessons.map(item)}</ol>
          )}
        </section>
        <section aria-labelledby="stories-heading" className={`${card} p-6`}>
          <h2 id="stories-heading" className="text-lg font-semibold">
            {t("stories")}
          </h2>
          {course.stories.length === 0 ? (
            <p className="mt-4 text-muted">{t("storiesEmpty")}</p>
          ) : (
            <ul className="mt-2">{course.stories.map((a) => item(a))}</ul>
          )}
          {myEssays && <CourseReflections courseSlug={course.slug} essays={myEssays} />}
        </section>
      </div>
    </div>
  );
}
