import type { CurrentUser } from "@/lib/auth/session";
import { cached } from "@/lib/cache";
import { coursePermissions, type CourseFacts, type CoursePermissions } from "@/lib/courses/policy";
import { db, sqlRows } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma, type MemberRole } from "@/lib/generated/prisma/client";
import { cache } from "react";
import "server-only";

export type CourseAccessFacts = CourseFacts & { trialLessons: number; repliesNeedCuration: boolean };

/** A course's cached facts; every change of its settings invalidates them (lib/courses/settings.ts). */
export const courseCacheNamespace = (courseId: string) => `course:${courseId}`;
const FACTS_TTL_MS = 10_000;

/**
 * The course facts, from the shared cache: a hot page's readers need no query of their own for
 * them. (Cached values are JSON, so the date travels as text.)
 */
async function cachedCourseFacts(courseId: string): Promise<CourseAccessFacts | null> {
  const row = await cached(courseCacheNamespace(courseId), "facts", FACTS_TTL_MS, async () => {
    const found = await db.course.findUnique({
      where: { id: courseId },
      select: { enrollment: true, archivedAt: true, trialLessons: true, repliesNeedCuration: true },
    });
    return found && { ...found, archivedAt: found.archivedAt?.toISOString() ?? null };
  });
  return (
    row && {
      ...row,
      archivedAt: row.archivedAt === null ? null : new Date(row.archivedAt),
      // An entry cached by a server from before the setting existed: the setting's default.
      repliesNeedCuration: row.repliesNeedCuration ?? true,
    }
  );
}

/**
 * What `user` may do in the course, and the course facts that decided it (the trial's length
 * too, for lesson locks): the cached facts, and for a signed-in user their membership (never
 * cached: joining or leaving shows at once); once per request. 404 for an unknown course.
 */
export const readCourseAccess = cache(
  async (
    user: CurrentUser | null,
    courseId: string,
  ): Promise<{ access: CoursePermissions; course: CourseAccessFacts }> => {
    const [course, membership] = await Promise.all([
      cachedCourseFacts(courseId),
      // Every signed-in request in a course reads this: one statement, outside Prisma's pipeline.
      user
        ? sqlRows<{ role: MemberRole }>(
            Prisma.sql`SELECT role FROM course_members WHERE course_id = ${courseId} AND user_id = ${user.id}`,
          ).then(([row]) => row ?? null)
        : null,
    ]);
    if (!course) throw new AppError("not_found", "Course not found.");
    return { access: coursePermissions(user, membership?.role ?? null, course), course };
  },
);

/** What `user` may do in the course (read once per request). */
export const getCourseAccess = async (user: CurrentUser | null, courseId: string): Promise<CoursePermissions> =>
  (await readCourseAccess(user, courseId)).access;

/** Throws 401 for visitors and 403 for people outside the course. */
export async function requireParticipation(user: CurrentUser | null, courseId: string) {
  if (!user) throw new AppError("unauthorized", "Please sign in.");
  const access = await getCourseAccess(user, courseId);
  if (!access.canParticipate) throw new AppError("forbidden", "Join the course first.");
  return access;
}

/** Throws like requireParticipation, and 403 in an archived course: the one check before anything new is posted. */
export async function requirePosting(user: CurrentUser | null, courseId: string) {
  const access = await requireParticipation(user, courseId);
  if (!access.canPost) throw new AppError("forbidden", ARCHIVED_MESSAGE);
  return access;
}

/** Why an archived course refuses new comments, replies and reflections. */
export const ARCHIVED_MESSAGE = "This course is archived: it takes no new comments, replies or reflections.";

/** Throws 401 for visitors and 403 unless an instructor of the course or an admin. */
export async function requireCuration(user: CurrentUser | null, courseId: string) {
  if (!user) throw new AppError("unauthorized", "Please sign in.");
  const access = await getCourseAccess(user, courseId);
  if (!access.canCurate) throw new AppError("forbidden", "Only the course's instructors may do this.");
  return access;
}
