import type { CurrentUser } from "@/lib/auth/session";
import { requireCuration } from "@/lib/courses/access";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import {
  lessonState,
  type CourseOutline,
  type CourseSettingsDTO,
  type OutlineLesson,
  type StudioLessonDTO,
} from "@/lib/studio/workspace-schema";
import { cache } from "react";
import "server-only";

// What the course workspace pages read: the course's settings, its outline with drafts and
// scheduled lessons, and one lesson to edit. Read-only and scoped to curators (404 for an
// unknown course, 403 for one the viewer does not teach); every change goes through the API.

/** The settings of a course `user` curates (shared by the workspace layout and its pages). */
export const getWorkspaceCourse = cache(async (user: CurrentUser, slug: string): Promise<CourseSettingsDTO> => {
  const course = await db.course.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      title: true,
      summary: true,
      coverUrl: true,
      enrollment: true,
      trialLessons: true,
      archivedAt: true,
    },
  });
  if (!course) throw new AppError("not_found", "Course not found.");
  await requireCuration(user, course.id);
  const { archivedAt, enrollment, ...rest } = course;
  return { ...rest, enrollment: enrollment === "INVITE" ? "invite" : "open", archived: archivedAt !== null };
});

const byPosition = <T extends { position: number; createdAt: Date }>(a: T, b: T) =>
  a.position - b.position || a.createdAt.getTime() - b.createdAt.getTime();

/** Every lesson of the course, drafts included, by chapter in course order. */
export async function getWorkspaceOutline(courseId: string, now = new Date()): Promise<CourseOutline> {
  const [chapters, lessons] = await Promise.all([
    db.chapter.findMany({
      where: { courseId },
      select: { id: true, title: true, position: true, createdAt: true },
    }),
    db.article.findMany({
      where: { courseId, kind: "LESSON" },
      select: {
        id: true,
        slug: true,
        title: true,
        status: true,
        publishedAt: true,
        position: true,
        chapterId: true,
        featuredCommentCount: true,
        version: true,
        createdAt: true,
      },
    }),
  ]);
  chapters.sort(byPosition);
  lessons.sort(byPosition);
  const toLesson = (l: (typeof lessons)[number]): OutlineLesson => ({
    id: l.id,
    slug: l.slug,
    title: l.title,
    state: lessonState(l.status, l.publishedAt, now),
    publishedAt: l.publishedAt?.toISOString() ?? null,
    position: l.position,
    chapterId: l.chapterId,
    featuredCommentCount: l.featuredCommentCount,
    version: l.version,
    ordinal: null,
  });
  const outline: CourseOutline = {
    chapters: chapters.map((c) => ({
      id: c.id,
      title: c.title,
      position: c.position,
      lessons: lessons.filter((l) => l.chapterId === c.id).map(toLesson),
    })),
    unchaptered: lessons.filter((l) => l.chapterId === null).map(toLesson),
  };
  let ordinal = 0;
  for (const lesson of [...outline.chapters.flatMap((c) => c.lessons), ...outline.unchaptered])
    if (lesson.state === "published") lesson.ordinal = ordinal++;
  return outline;
}

/** One lesson of the course `courseSlug` for its editor: 404 unless it is a lesson of that course. */
export async function getWorkspaceLesson(
  user: CurrentUser,
  courseSlug: string,
  id: string,
  now = new Date(),
): Promise<StudioLessonDTO> {
  const course = await getWorkspaceCourse(user, courseSlug);
  const lesson = await db.article.findFirst({
    where: { id, courseId: course.id, kind: "LESSON" },
    select: {
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
    },
  });
  if (!lesson) throw new AppError("not_found", "Lesson not found.");
  const { status, publishedAt, updatedAt, ...rest } = lesson;
  return {
    ...rest,
    courseSlug: course.slug,
    state: lessonState(status, publishedAt, now),
    publishedAt: publishedAt?.toISOString() ?? null,
    updatedAt: updatedAt.toISOString(),
  };
}
