import { liveArticlesWhere } from "@/lib/articles/policy";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/session";
import { requireCuration } from "@/lib/courses/access";
import { curatedCoursesWhere } from "@/lib/courses/policy";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { articleHref, type CourseRefDTO, type StudioCourseDTO } from "@/lib/studio/schema";
import { cache } from "react";
import "server-only";

// Who may use the studio, and over which courses: the ones they teach (admins: all).
// Every studio query is scoped through here, so an instructor of course A never reads B.

/** The courses `user` curates, oldest first: every course for admins, else those they teach. */
export const listCuratedCourses = cache(async (user: CurrentUser): Promise<CourseRefDTO[]> =>
  db.course.findMany({
    where: curatedCoursesWhere(user),
    orderBy: { createdAt: "asc" },
    select: { id: true, slug: true, title: true },
  }),
);

/** Whether the studio has anything for `user` (the header's "Studio" link). */
export const canUseStudio = cache(async (user: CurrentUser | null): Promise<boolean> => {
  if (!user) return false;
  if (user.role === "ADMIN") return true; // even before the first course exists
  return (await db.course.findFirst({ where: curatedCoursesWhere(user), select: { id: true } })) !== null;
});

/**
 * Whether the header offers "Studio": to people who teach a course. Admins reach every course's
 * studio from the admin area, so one who teaches nothing sees "Admin" alone, not an
 * instructor's menu over courses that are not theirs.
 */
export const teachesAnyCourse = cache(async (user: CurrentUser | null): Promise<boolean> => {
  if (!user) return false;
  return (
    (await db.courseMember.findFirst({ where: { userId: user.id, role: "INSTRUCTOR" }, select: { userId: true } })) !==
    null
  );
});

/** 401 for visitors, 403 for people who curate no course. */
export async function requireStudio(user: CurrentUser | null): Promise<CurrentUser> {
  if (!user) throw new AppError("unauthorized", "Please sign in.");
  if (!(await canUseStudio(user))) throw new AppError("forbidden", "The studio is for the instructors of a course.");
  return user;
}

export type StudioScope = { courseId?: string | { in: string[] }; articleId?: string };

/**
 * The `where` that limits a studio query to what `user` curates, narrowed by the optional
 * course and article filters: 403 for a course they do not curate, 404 for an unknown
 * article or one outside the chosen course.
 */
export async function studioScope(
  user: CurrentUser,
  filter: { courseId?: string; articleId?: string },
): Promise<StudioScope> {
  if (filter.articleId) {
    const article = await db.article.findUnique({ where: { id: filter.articleId }, select: { courseId: true } });
    if (!article || (filter.courseId && filter.courseId !== article.courseId))
      throw new AppError("not_found", "Article not found.");
    await requireCuration(user, article.courseId);
    return { courseId: article.courseId, articleId: filter.articleId };
  }
  if (filter.courseId) {
    await requireCuration(user, filter.courseId);
    return { courseId: filter.courseId };
  }
  await requireStudio(user);
  if (user.role === "ADMIN") return {};
  return { courseId: { in: (await listCuratedCourses(user)).map((c) => c.id) } };
}

/** A course by slug that `user` curates: 404 if unknown, 403 if not theirs. */
export async function getCuratedCourse(user: CurrentUser, slug: string): Promise<CourseRefDTO> {
  const course = await db.course.findUnique({ where: { slug }, select: { id: true, slug: true, title: true } });
  if (!course) throw new AppError("not_found", "Course not found.");
  await requireCuration(user, course.id);
  return course;
}

/** The curated courses with their published articles and what awaits in each (filters, tabs). */
export async function listStudioCourses(user: CurrentUser): Promise<StudioCourseDTO[]> {
  const courses = await listCuratedCourses(user);
  const courseId = { in: courses.map((c) => c.id) } satisfies Prisma.StringFilter;
  const [articles, pending, pendingReplies, reports] = await Promise.all([
    db.article.findMany({
      where: { courseId, ...liveArticlesWhere() },
      orderBy: [{ kind: "asc" }, { position: "asc" }, { publishedAt: "asc" }],
      select: { id: true, slug: true, title: true, courseId: true, featuredCommentCount: true },
    }),
    db.comment.groupBy({
      by: ["articleId"],
      where: { courseId, status: "PENDING", deletedAt: null },
      _count: { _all: true },
    }),
    db.$queryRaw<Array<{ article_id: string; count: number }>>`
      SELECT c.article_id, count(*)::int AS count FROM replies r JOIN comments c ON c.id = r.comment_id
      WHERE c.course_id = ANY(${courseId.in}) AND r.status = 'PENDING' AND r.hidden_at IS NULL AND r.deleted_at IS NULL
      GROUP BY c.article_id`,
    db.report.groupBy({ by: ["courseId"], where: { courseId, status: "OPEN" }, _count: { _all: true } }),
  ]);
  // What awaits curation in an article: its pending comments and pending replies.
  const pendingByArticle = new Map(pending.map((p) => [p.articleId, p._count._all]));
  for (const r of pendingReplies)
    pendingByArticle.set(r.article_id, (pendingByArticle.get(r.article_id) ?? 0) + r.count);
  const reportsByCourse = new Map(reports.map((r) => [r.courseId, r._count._all]));
  return courses.map((course) => {
    const own = articles
      .filter((a) => a.courseId === course.id)
      .map((a) => ({
        id: a.id,
        title: a.title,
        href: articleHref(course.slug, a.slug),
        pendingCount: pendingByArticle.get(a.id) ?? 0,
        featuredCount: a.featuredCommentCount,
      }));
    return {
      ...course,
      pendingCount: own.reduce((sum, a) => sum + a.pendingCount, 0),
      openReportCount: reportsByCourse.get(course.id) ?? 0,
      articles: own,
    };
  });
}

/**
 * What a studio page about one course needs: the instructor, the courses they curate and the
 * one asked for (`?course=`, else their first; undefined when they curate none). Null for
 * anyone else: the studio layout signs visitors in and turns others away.
 */
export async function studioCoursePick(searchParams: Promise<{ course?: string | string[] }>) {
  const user = await getCurrentUser();
  if (!user || !(await canUseStudio(user))) return null;
  const [courses, { course }] = await Promise.all([listCuratedCourses(user), searchParams]);
  const slug = typeof course === "string" && course ? course : courses[0]?.slug;
  return { user, courses, slug };
}
