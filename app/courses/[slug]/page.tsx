import { CourseAccess } from "@/components/courses/course-access";
import { LessonOutline } from "@/components/courses/lesson-outline";
import { CourseReflections } from "@/components/essays/course-reflections";
import { SearchBox } from "@/components/search/search-box";
import { card } from "@/components/ui/styles";
import { getCurrentUser } from "@/lib/auth/session";
import { getCourse, type ArticleLinkDTO } from "@/lib/courses/queries";
import { listMyEssays } from "@/lib/essays/queries";
import { orNotFound } from "@/lib/pages";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { cache } from "react";

const load = cache(async (slug: string) => orNotFound(getCourse(await getCurrentUser(), slug)));

export async function generateMetadata({ params }: PageProps<"/courses/[slug]">): Promise<Metadata> {
  const course = await load((await params).slug);
  // The site's description stands in for a course without a summary.
  return { title: course.title, ...(course.summary && { description: course.summary }) };
}

export default async function CoursePage({ params }: PageProps<"/courses/[slug]">) {
  const { slug } = await params;
  const [course, t, r, format, viewer] = await Promise.all([
    load(slug),
    getTranslations("course"),
    getTranslations("reader"),
    getFormatter(),
    getCurrentUser(),
  ]);

  const story = (a: ArticleLinkDTO) => (
    <li key={a.id} className="border-b border-line py-4 last:border-0">
      <Link href={`/courses/${course.slug}/articles/${a.slug}`} className="font-medium hover:text-accent-strong">
        {a.title}
      </Link>
      <p className="mt-1 text-sm text-muted">
        {t("by", { name: a.authorName })} ·{" "}
        {a.publishedAt && <>{format.dateTime(new Date(a.publishedAt), { dateStyle: "medium" })} · </>}
        {t("featuredCount", { count: a.featuredCommentCount })}
        {a.isStoryPinned && (
          <span className="ml-2 rounded bg-accent-soft px-1.5 py-0.5 text-xs font-semibold text-accent-strong">
            {t("pinnedStory")}
          </span>
        )}
      </p>
    </li>
  );
  const myEssays = viewer && course.access.canParticipate ? await listMyEssays(viewer, { courseId: course.id }) : null;

  return (
    <div className="space-y-8">
      <section className="pt-4">
        {course.coverUrl && (
          // Any https or uploaded image: a plain img, the size is the page's, not next/image's.
          // eslint-disable-next-line @next/next/no-img-element
          <img
            src={course.coverUrl}
            alt=""
            className="mb-6 aspect-[3/1] w-full rounded-xl border border-line object-cover"
          />
        )}
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-3xl font-bold tracking-tight">{course.title}</h1>
          {course.archived && (
            <span className="rounded-full border border-line bg-paper px-2.5 py-0.5 text-xs font-semibold uppercase tracking-wider text-muted">
              {r("archivedBadge")}
            </span>
          )}
        </div>
        <p className="mt-2 max-w-3xl text-muted">{course.summary}</p>
        <div className="mt-4">
          <CourseAccess course={course} />
        </div>
        <div className="mt-6 max-w-xl">
          <SearchBox courseSlug={course.slug} />
        </div>
      </section>
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <section aria-labelledby="lessons-heading" className={`${card} p-6`}>
          <h2 id="lessons-heading" className="text-lg font-semibold">
            {t("lessons")}
          </h2>
          <LessonOutline course={course} />
        </section>
        <section aria-labelledby="stories-heading" className={`${card} p-6`}>
          <h2 id="stories-heading" className="text-lg font-semibold">
            {t("stories")}
          </h2>
          {course.stories.length === 0 ? (
            <p className="mt-4 text-muted">{t("storiesEmpty")}</p>
          ) : (
            <ul className="mt-2">{course.stories.map(story)}</ul>
          )}
          {myEssays && (
            <CourseReflections courseSlug={course.slug} essays={myEssays} canWrite={course.access.canPost} />
          )}
        </section>
      </div>
    </div>
  );
}
