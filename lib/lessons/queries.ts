import { canSeeArticle } from "@/lib/articles/policy";
import type { CurrentUser } from "@/lib/auth/session";
import { getCourseAccess } from "@/lib/courses/access";
import { lessonState } from "@/lib/courses/outline";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { StudioLessonDTO } from "@/lib/lessons/schema";
import "server-only";

export const studioLessonSelect = {
  id: true,
  slug: true,
  title: true,
  body: true,
  status: true,
  publishedAt: true,
  chapterId: true,
  position: true,
  version: true,
  updatedAt: true,
  course: { select: { slug: true } },
} satisfies Prisma.ArticleSelect;

type StudioLessonRow = Prisma.ArticleGetPayload<{ select: typeof studioLessonSelect }>;

export const toStudioLessonDTO = (a: StudioLessonRow, now = new Date()): StudioLessonDTO => ({
  id: a.id,
  courseSlug: a.course.slug,
  slug: a.slug,
  title: a.title,
  body: a.body,
  state: lessonState(a, now),
  publishedAt: a.publishedAt?.toISOString() ?? null,
  chapterId: a.chapterId,
  position: a.position,
  version: a.version,
  updatedAt: a.updatedAt.toISOString(),
});

/**
 * A lesson the caller may write: the course's curators. 404 for what the caller cannot see
 * (an unknown id, an essay, someone else's draft lesson), 403 for a live lesson of a course
 * they do not curate. Returns the row's course and the caller's access.
 */
export async function requireLessonCuration(user: CurrentUser, id: string) {
  const found = await db.article.findUnique({
    where: { id },
    select: { kind: true, status: true, authorId: true, publishedAt: true, courseId: true },
  });
  if (!found || found.kind !== "LESSON") throw new AppError("not_found", "Lesson not found.");
  const access = await getCourseAccess(user, found.courseId);
  if (!canSeeArticle(user, access, found)) throw new AppError("not_found", "Lesson not found.");
  if (!access.canCurate) throw new AppError("forbidden", "Only the course's instructors may do this.");
  return found;
}

/**
 * The lesson for the editor (the course's curators only). With `courseSlug` (the studio's
 * editor page), a lesson of another course is 404 too.
 */
export async function getStudioLesson(
  user: CurrentUser,
  id: string,
  opts: { courseSlug?: string } = {},
): Promise<StudioLessonDTO> {
  await requireLessonCuration(user, id);
  const lesson = toStudioLessonDTO(await db.article.findUniqueOrThrow({ where: { id }, select: studioLessonSelect }));
  if (opts.courseSlug !== undefined && lesson.courseSlug !== opts.courseSlug)
    throw new AppError("not_found", "Lesson not found.");
  return lesson;
}
