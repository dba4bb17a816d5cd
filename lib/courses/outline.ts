import { isLive, liveArticlesWhere } from "@/lib/articles/policy";
import type { CourseOutline, OutlineLesson } from "@/lib/courses/outline-schema";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { LessonState } from "@/lib/lessons/schema";
import "server-only";

// A course's lessons in course order (lib/courses/order.ts): chapters by position, lessons
// by position within their chapter, lessons without a chapter after every chapter.

/** Ties (equal positions, say after a concurrent insert) break by creation, then id: one order everywhere. */
export const CHAPTER_ORDER: Prisma.ChapterOrderByWithRelationInput[] = [
  { position: "asc" },
  { createdAt: "asc" },
  { id: "asc" },
];
export const LESSON_ORDER: Prisma.ArticleOrderByWithRelationInput[] = [
  { position: "asc" },
  { createdAt: "asc" },
  { id: "asc" },
];

/** What readers make of a lesson at `now`. */
export function lessonState(a: { status: string; publishedAt: Date | null }, now = new Date()): LessonState {
  if (a.status !== "PUBLISHED" || a.publishedAt === null) return "draft";
  return isLive(a, now) ? "published" : "scheduled";
}

/**
 * The course's chapters and lessons in order. Readers ask for live lessons only; the studio
 * (`includeUnpublished`) also gets drafts and scheduled lessons. Callers check access.
 */
export async function getCourseOutline(
  courseId: string,
  opts: { includeUnpublished: boolean; now?: Date },
): Promise<CourseOutline> {
  const now = opts.now ?? new Date();
  const [chapters, lessons] = await Promise.all([
    db.chapter.findMany({
      where: { courseId },
      orderBy: CHAPTER_ORDER,
      select: { id: true, title: true, position: true },
    }),
    db.article.findMany({
      where: { courseId, kind: "LESSON", ...(!opts.includeUnpublished && liveArticlesWhere(now)) },
      orderBy: LESSON_ORDER,
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
      },
    }),
  ]);
  const items = lessons.map((a): OutlineLesson => ({
    id: a.id,
    slug: a.slug,
    title: a.title,
    state: lessonState(a, now),
    publishedAt: a.publishedAt?.toISOString() ?? null,
    position: a.position,
    chapterId: a.chapterId,
    featuredCommentCount: a.featuredCommentCount,
    version: a.version,
    ordinal: null,
  }));
  const outline = arrange(chapters, items);
  let ordinal = 0;
  for (const lesson of courseOrder(outline)) if (lesson.state === "published") lesson.ordinal = ordinal++;
  return outline;
}

/** Sorted chapters and sorted lessons, grouped: each chapter with its lessons, then the rest. */
export function arrange<C extends { id: string }, L extends { chapterId: string | null }>(chapters: C[], lessons: L[]) {
  const byChapter = new Map<string, L[]>();
  const unchaptered: L[] = [];
  const known = new Set(chapters.map((c) => c.id));
  for (const lesson of lessons) {
    if (lesson.chapterId === null || !known.has(lesson.chapterId)) unchaptered.push(lesson);
    else {
      const list = byChapter.get(lesson.chapterId) ?? [];
      list.push(lesson);
      byChapter.set(lesson.chapterId, list);
    }
  }
  return { chapters: chapters.map((c) => ({ ...c, lessons: byChapter.get(c.id) ?? [] })), unchaptered };
}

/** Every lesson of the outline, in course order. */
export const courseOrder = <L>(o: { chapters: { lessons: L[] }[]; unchaptered: L[] }): L[] => [
  ...o.chapters.flatMap((c) => c.lessons),
  ...o.unchaptered,
];
