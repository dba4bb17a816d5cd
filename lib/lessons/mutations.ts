import { articleCacheNamespace } from "@/lib/articles/queries";
import { audit } from "@/lib/audit";
import type { CurrentUser } from "@/lib/auth/session";
import { invalidate } from "@/lib/cache";
import { requireCuration } from "@/lib/courses/access";
import { lessonState } from "@/lib/courses/outline";
import { assertChapterInCourse, lessonIds, lockCourseOrder } from "@/lib/courses/reorder";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { moveLesson } from "@/lib/lessons/move";
import { requireLessonCuration, studioLessonSelect, toStudioLessonDTO } from "@/lib/lessons/queries";
import {
  LESSON_BODY_MAX_LENGTH,
  type CreateLessonInput,
  type StudioLessonDTO,
  type UpdateLessonInput,
} from "@/lib/lessons/schema";
import { freeSlug, slugFromTitle } from "@/lib/lessons/slug";
import { indexArticle } from "@/lib/search/write-index";
import "server-only";

// Lessons as the course's curators (instructors, admins) write them.

function assertBodySize(body: string | undefined) {
  if (body !== undefined && body.length > LESSON_BODY_MAX_LENGTH) {
    throw new AppError(
      "payload_too_large",
      `A lesson holds at most ${LESSON_BODY_MAX_LENGTH.toLocaleString("en")} characters.`,
    );
  }
}

/** Curators add a lesson at the end of its chapter: a draft, published now, or scheduled (`publishAt`). */
export async function createLesson(
  user: CurrentUser,
  courseSlug: string,
  input: CreateLessonInput,
): Promise<StudioLessonDTO> {
  const course = await db.course.findUnique({ where: { slug: courseSlug }, select: { id: true } });
  if (!course) throw new AppError("not_found", "Course not found.");
  await requireCuration(user, course.id);
  assertBodySize(input.body);
  if (input.status === "draft" && input.publishAt)
    throw new AppError("bad_request", "A draft has no publication time.");
  const isPublished = input.status === "published" || Boolean(input.publishAt);
  const chapterId = input.chapterId ?? null;
  const row = await db.$transaction(async (tx) => {
    await lockCourseOrder(tx, course.id);
    await assertChapterInCourse(tx, course.id, chapterId);
    const articles = await tx.article.findMany({ where: { courseId: course.id }, select: { slug: true, kind: true } });
    const taken = new Set(articles.map((a) => a.slug));
    if (input.slug && taken.has(input.slug)) throw new AppError("conflict", "That address is taken in this course.");
    const lessonCount = articles.filter((a) => a.kind === "LESSON").length;
    const lesson = await tx.article.create({
      data: {
        courseId: course.id,
        authorId: user.id,
        kind: "LESSON",
        slug: input.slug ?? freeSlug(slugFromTitle(input.title), taken, lessonCount),
        title: input.title,
        body: input.body,
        chapterId,
        position: (await lessonIds(tx, course.id, chapterId)).length,
        status: isPublished ? "PUBLISHED" : "DRAFT",
        publishedAt: isPublished ? (input.publishAt ?? new Date()) : null,
      },
      select: studioLessonSelect,
    });
    await indexArticle(tx, lesson.id, { title: input.title, body: input.body });
    const after = { title: lesson.title, state: lessonState(lesson), chapterId };
    await audit(tx, {
      courseId: course.id,
      actorId: user.id,
      action: "lesson.create",
      targetType: "article",
      targetId: lesson.id,
      after,
    });
    return lesson;
  });
  return toStudioLessonDTO(row);
}

/**
 * Curators change a lesson: save its text (optimistic: the version they edited must still
 * be current, else 409 and nothing changes), move it, publish, unpublish or schedule it.
 */
export async function updateLesson(user: CurrentUser, id: string, input: UpdateLessonInput): Promise<StudioLessonDTO> {
  const found = await requireLessonCuration(user, id);
  if (input.op === "save") await saveText(id, input);
  else if (input.op === "move") await moveLesson(user, id, found.courseId, input);
  else await setPublication(user, id, found.courseId, input.op === "act" ? input.action : input.publishAt);
  await invalidate(articleCacheNamespace(id)); // readers see the new text and state at once
  return toStudioLessonDTO(await db.article.findUniqueOrThrow({ where: { id }, select: studioLessonSelect }));
}

async function saveText(id: string, input: Extract<UpdateLessonInput, { op: "save" }>) {
  if (input.title === undefined && input.body === undefined)
    throw new AppError("bad_request", "Send a title or a body.");
  assertBodySize(input.body);
  // One guarded UPDATE: of concurrent saves naming the same version, PostgreSQL lets exactly
  // one match (the others re-check the condition after it commits and find a newer version).
  // The search index follows in the same transaction, from the text as saved.
  await db.$transaction(async (tx) => {
    const { count } = await tx.article.updateMany({
      where: { id, version: input.version },
      data: { title: input.title, body: input.body, version: { increment: 1 } },
    });
    if (count === 0) {
      throw new AppError("conflict", "Someone saved this lesson after you opened it. Reload it to see their changes.");
    }
    await indexArticle(tx, id);
  });
}

/** "publish" (now, unless already live), "unpublish" (back to draft), a time (scheduled when future) or null (draft). */
async function setPublication(
  user: CurrentUser,
  id: string,
  courseId: string,
  to: "publish" | "unpublish" | Date | null,
) {
  await db.$transaction(async (tx) => {
    const [before] = await tx.$queryRaw<{ status: string; published_at: Date | null }[]>`
      SELECT status, published_at FROM articles WHERE id = ${id} FOR UPDATE`;
    if (!before) throw new AppError("not_found", "Lesson not found.");
    const now = new Date();
    const stateBefore = lessonState({ status: before.status, publishedAt: before.published_at }, now);
    const publishedAt =
      to === "publish" ? (stateBefore === "published" ? before.published_at : now) : to === "unpublish" ? null : to;
    const after = await tx.article.update({
      where: { id },
      data: { status: publishedAt ? "PUBLISHED" : "DRAFT", publishedAt },
      select: { status: true, publishedAt: true },
    });
    const stateAfter = lessonState(after, now);
    await audit(tx, {
      courseId,
      actorId: user.id,
      action:
        stateAfter === "draft" ? "lesson.unpublish" : stateAfter === "scheduled" ? "lesson.schedule" : "lesson.publish",
      targetType: "article",
      targetId: id,
      before: { state: stateBefore, publishedAt: before.published_at?.toISOString() ?? null },
      after: { state: stateAfter, publishedAt: after.publishedAt?.toISOString() ?? null },
    });
  });
}
