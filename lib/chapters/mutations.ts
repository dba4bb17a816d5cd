import { audit } from "@/lib/audit";
import type { CurrentUser } from "@/lib/auth/session";
import type { ChapterDTO, CreateChapterInput, UpdateChapterInput } from "@/lib/chapters/schema";
import { requireCuration } from "@/lib/courses/access";
import { placeAt } from "@/lib/courses/order";
import { chapterIds, lessonIds, lockCourseOrder, writePositions } from "@/lib/courses/reorder";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import "server-only";

// Chapters of a course: its curators (instructors, admins) add, rename, move and delete them.

const chapterSelect = { id: true, courseId: true, title: true, position: true } as const;

async function curatedChapter(user: CurrentUser, id: string) {
  const chapter = await db.chapter.findUnique({ where: { id }, select: chapterSelect });
  if (!chapter) throw new AppError("not_found", "Chapter not found.");
  await requireCuration(user, chapter.courseId);
  return chapter;
}

/** Curators add a chapter at `position` (default: last). */
export async function createChapter(
  user: CurrentUser,
  courseSlug: string,
  input: CreateChapterInput,
): Promise<ChapterDTO> {
  const course = await db.course.findUnique({ where: { slug: courseSlug }, select: { id: true } });
  if (!course) throw new AppError("not_found", "Course not found.");
  await requireCuration(user, course.id);
  return db.$transaction(async (tx) => {
    await lockCourseOrder(tx, course.id);
    const ids = await chapterIds(tx, course.id);
    const created = await tx.chapter.create({
      data: { courseId: course.id, title: input.title, position: ids.length },
      select: { id: true },
    });
    await writePositions(tx, "chapters", placeAt(ids, created.id, input.position ?? ids.length));
    const chapter = await tx.chapter.findUniqueOrThrow({ where: { id: created.id }, select: chapterSelect });
    const after = { title: chapter.title, position: chapter.position };
    await audit(tx, {
      courseId: course.id,
      actorId: user.id,
      action: "chapter.create",
      targetType: "chapter",
      targetId: chapter.id,
      after,
    });
    return chapter;
  });
}

/** Curators rename a chapter or move it to `position` (its siblings close up around it). */
export async function updateChapter(user: CurrentUser, id: string, input: UpdateChapterInput): Promise<ChapterDTO> {
  const found = await curatedChapter(user, id);
  return db.$transaction(async (tx) => {
    await lockCourseOrder(tx, found.courseId);
    const before = await tx.chapter.findUnique({ where: { id }, select: chapterSelect });
    if (!before) throw new AppError("not_found", "Chapter not found.");
    if (input.title !== undefined) await tx.chapter.update({ where: { id }, data: { title: input.title } });
    if (input.position !== undefined) {
      await writePositions(tx, "chapters", placeAt(await chapterIds(tx, found.courseId), id, input.position));
    }
    const after = await tx.chapter.findUniqueOrThrow({ where: { id }, select: chapterSelect });
    await audit(tx, {
      courseId: found.courseId,
      actorId: user.id,
      action: input.position !== undefined ? "chapter.move" : "chapter.rename",
      targetType: "chapter",
      targetId: id,
      before: { title: before.title, position: before.position },
      after: { title: after.title, position: after.position },
    });
    return after;
  });
}

/** Curators delete a chapter; its lessons stay, after the lessons that have no chapter. */
export async function deleteChapter(user: CurrentUser, id: string): Promise<void> {
  const found = await curatedChapter(user, id);
  await db.$transaction(async (tx) => {
    await lockCourseOrder(tx, found.courseId);
    const lessons = await lessonIds(tx, found.courseId, id);
    const loose = await lessonIds(tx, found.courseId, null);
    await tx.article.updateMany({ where: { id: { in: lessons } }, data: { chapterId: null } });
    await writePositions(tx, "articles", [...loose, ...lessons]);
    const { count } = await tx.chapter.deleteMany({ where: { id } });
    if (count === 0) throw new AppError("not_found", "Chapter not found.");
    await writePositions(tx, "chapters", await chapterIds(tx, found.courseId));
    await audit(tx, {
      courseId: found.courseId,
      actorId: user.id,
      action: "chapter.delete",
      targetType: "chapter",
      targetId: id,
      before: { title: found.title, lessonIds: lessons },
    });
  });
}
