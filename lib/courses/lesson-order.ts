import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import "server-only";

// Course order for readers: chapters by position (then creation), lessons within a chapter by
// position (then creation), lessons without a chapter after every chapter. Only live lessons
// count (published, and their publishedAt has come): a lesson's ordinal is its 0-based index
// among them, which is what the trial (Course.trialLessons) counts.

export type LiveLesson = { id: string; chapterId: string | null; ordinal: number };

const liveLessonsSql = (courseId: string, now: Date) => Prisma.sql`
  SELECT a.id, a.chapter_id AS "chapterId",
    (row_number() OVER (ORDER BY (a.chapter_id IS NULL), ch.position, ch.created_at, ch.id,
      a.position, a.created_at, a.id) - 1)::int AS ordinal
  FROM articles a LEFT JOIN chapters ch ON ch.id = a.chapter_id
  WHERE a.course_id = ${courseId} AND a.kind = 'LESSON' AND a.status = 'PUBLISHED' AND a.published_at <= ${now}`;

/** The course's live lessons in course order (one small query on the course's lesson index). */
export function liveLessonsInOrder(courseId: string, now = new Date()): Promise<LiveLesson[]> {
  return db.$queryRaw<LiveLesson[]>`${liveLessonsSql(courseId, now)} ORDER BY ordinal`;
}

/** The lesson's 0-based index among the course's live lessons; null when it is not live. */
export async function liveLessonOrdinal(courseId: string, lessonId: string, now = new Date()): Promise<number | null> {
  const [row] = await db.$queryRaw<{ ordinal: number }[]>`
    SELECT ordinal FROM (${liveLessonsSql(courseId, now)}) live WHERE id = ${lessonId}`;
  return row?.ordinal ?? null;
}
