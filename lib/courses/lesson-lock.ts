import type { CourseAccessFacts } from "@/lib/courses/access";
import { courseOrder, getCourseOutline } from "@/lib/courses/outline";
import { isLessonLocked, type CoursePermissions } from "@/lib/courses/policy";
import { AppError } from "@/lib/errors";
import "server-only";

// Locked lessons, seen from the server: what a reader past the trial of an invite-only course
// may not read. Their discussion (comments, replies, live events) answers 403 to them, the
// same as a closed door, rather than an empty list that would pass for "no discussion yet".

export const LOCKED_MESSAGE = "This lesson is for members of the course. Ask its instructors for an invite.";

/**
 * Whether the article is a lesson locked for a reader with `access`. Members, curators and
 * readers of open courses never wait on the query; a lesson that is not live counts as locked.
 */
export async function isLockedFor(
  access: CoursePermissions,
  course: CourseAccessFacts,
  article: { id: string; courseId: string; isLesson: boolean },
): Promise<boolean> {
  if (!article.isLesson || access.readsEverything) return false;
  const outline = await getCourseOutline(article.courseId, { includeUnpublished: false });
  const ordinal = courseOrder(outline).find((lesson) => lesson.id === article.id)?.ordinal ?? null;
  return ordinal === null || isLessonLocked(access, course, ordinal);
}

/** Throws 403 when the lesson is locked for this reader. */
export async function requireUnlocked(...args: Parameters<typeof isLockedFor>) {
  if (await isLockedFor(...args)) throw new AppError("forbidden", LOCKED_MESSAGE);
}
