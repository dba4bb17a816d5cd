import type { CurrentUser } from "@/lib/auth/session";
import { readCourseAccess, type CourseAccessFacts } from "@/lib/courses/access";
import { courseOrder, getCourseOutline } from "@/lib/courses/outline";
import { isLessonLocked, type CoursePermissions } from "@/lib/courses/policy";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import "server-only";
import { decodeSearchCursor, encodeSearchCursor } from "./cursor";
import { hydrateHits } from "./hydrate";
import { anyWordQuery } from "./index-values";
import { rankHits } from "./rank";
import type { SearchPage, SearchQuery } from "./schema";
import { highlightPattern } from "./snippet";

/**
 * Anyone searches a course: its live lessons (less those locked for them), published essays,
 * featured comments and their visible replies, best match first, a page at a time. The query
 * matches any of its words; Chinese is segmented and English stemmed as the texts were, and the
 * course's concepts match across languages. 404 for an unknown course.
 */
export async function searchCourse(
  viewer: CurrentUser | null,
  slug: string,
  input: Pick<SearchQuery, "q" | "limit"> & { cursor?: string },
): Promise<SearchPage> {
  const course = await db.course.findUnique({ where: { slug }, select: { id: true, slug: true } });
  if (!course) throw new AppError("not_found", "Course not found.");
  const after = decodeSearchCursor(input.cursor);
  const query = anyWordQuery(input.q.trim());
  if (query === null) return { items: [], nextCursor: null };
  const { access, course: facts } = await readCourseAccess(viewer, course.id);
  // One moment for both: a lesson going live in between is either locked or not searched.
  const now = new Date();
  const hits = await rankHits({
    courseId: course.id,
    query,
    now,
    lockedLessonIds: await lockedLessonIds(access, facts, course.id, now),
    after,
    take: input.limit + 1,
  });
  const page = hits.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: await hydrateHits(course, page, highlightPattern(input.q)),
    nextCursor: hits.length > input.limit && last ? encodeSearchCursor(last) : null,
  };
}

/** The live lessons this reader may not open (past the trial of an invite-only course); isLockedFor's rule. */
async function lockedLessonIds(access: CoursePermissions, course: CourseAccessFacts, courseId: string, now: Date) {
  if (access.readsEverything || course.enrollment !== "INVITE") return [];
  const outline = await getCourseOutline(courseId, { includeUnpublished: false, now });
  return courseOrder(outline)
    .filter((lesson) => lesson.ordinal !== null && isLessonLocked(access, course, lesson.ordinal))
    .map((lesson) => lesson.id);
}
