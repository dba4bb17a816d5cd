import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import "server-only";

// Writing course order (lib/courses/order.ts) inside a transaction.

/**
 * Serializes changes to one course's order: chapter and lesson moves, inserts and deletes
 * each renumber a whole list, so two at once would interleave. NO KEY UPDATE does not block
 * rows that only reference the course (new comments, say).
 */
export async function lockCourseOrder(tx: Prisma.TransactionClient, courseId: string) {
  await tx.$queryRaw`SELECT id FROM courses WHERE id = ${courseId} FOR NO KEY UPDATE`;
}

/** Sets position = index for each id of `ids` in `table`, touching only rows that move. */
export async function writePositions(tx: Prisma.TransactionClient, table: "chapters" | "articles", ids: string[]) {
  if (ids.length === 0) return;
  await tx.$executeRaw`
    UPDATE ${Prisma.raw(table)} AS t SET position = (v.ord - 1)::int
    FROM unnest(${ids}::text[]) WITH ORDINALITY AS v(id, ord)
    WHERE t.id = v.id AND t.position <> v.ord - 1`;
}

/** The chapter ids of a course, in order. */
export async function chapterIds(tx: Prisma.TransactionClient, courseId: string) {
  const rows = await tx.chapter.findMany({
    where: { courseId },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

/** The lesson ids of one chapter (null: the lessons without a chapter), in order. */
export async function lessonIds(tx: Prisma.TransactionClient, courseId: string, chapterId: string | null) {
  const rows = await tx.article.findMany({
    where: { courseId, kind: "LESSON", chapterId },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

/** Where a lesson's chapter must be: in the lesson's own course. */
export async function assertChapterInCourse(tx: Prisma.TransactionClient, courseId: string, chapterId: string | null) {
  if (chapterId === null) return;
  const chapter = await tx.chapter.findUnique({ where: { id: chapterId }, select: { courseId: true } });
  if (chapter?.courseId !== courseId) throw new AppError("bad_request", "That chapter is not in this course.");
}
