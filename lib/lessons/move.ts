import { audit } from "@/lib/audit";
import type { CurrentUser } from "@/lib/auth/session";
import { placeAt } from "@/lib/courses/order";
import { assertChapterInCourse, lessonIds, lockCourseOrder, writePositions } from "@/lib/courses/reorder";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import "server-only";

/**
 * Moves a lesson to `chapterId` (null: no chapter; absent: its own) at `position` (absent:
 * last of a new chapter, or where it is); both lists are renumbered in one transaction.
 */
export async function moveLesson(
  user: CurrentUser,
  id: string,
  courseId: string,
  to: { chapterId?: string | null; position?: number },
) {
  await db.$transaction(async (tx) => {
    await lockCourseOrder(tx, courseId);
    const before = await tx.article.findUnique({ where: { id }, select: { chapterId: true, position: true } });
    if (!before) throw new AppError("not_found", "Lesson not found.");
    const chapterId = to.chapterId === undefined ? before.chapterId : to.chapterId;
    await assertChapterInCourse(tx, courseId, chapterId);
    const isNewChapter = chapterId !== before.chapterId;
    if (isNewChapter) {
      const left = (await lessonIds(tx, courseId, before.chapterId)).filter((x) => x !== id);
      await tx.article.update({ where: { id }, data: { chapterId } });
      await writePositions(tx, "articles", left);
    }
    const siblings = await lessonIds(tx, courseId, chapterId);
    const position = to.position ?? (isNewChapter ? siblings.length : before.position);
    await writePositions(tx, "articles", placeAt(siblings, id, position));
    const after = await tx.article.findUniqueOrThrow({ where: { id }, select: { chapterId: true, position: true } });
    await audit(tx, {
      courseId,
      actorId: user.id,
      action: "lesson.move",
      targetType: "article",
      targetId: id,
      before,
      after,
    });
  });
}
