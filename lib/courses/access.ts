import type { CurrentUser } from "@/lib/auth/session";
import { coursePermissions, type CoursePermissions } from "@/lib/courses/policy";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { cache } from "react";
import "server-only";

/** What `user` may do in the course (read once per request). */
export const getCourseAccess = cache(async (user: CurrentUser | null, courseId: string): Promise<CoursePermissions> => {
  if (!user) return coursePermissions(null, null);
  const member = await db.courseMember.findUnique({
    where: { courseId_userId: { courseId, userId: user.id } },
    select: { role: true },
  });
  return coursePermissions(user, member?.role ?? null);
});

/** Throws 401 for visitors and 403 for people outside the course. */
export async function requireParticipation(user: CurrentUser | null, courseId: string) {
  if (!user) throw new AppError("unauthorized", "Please sign in.");
  const access = await getCourseAccess(user, courseId);
  if (!access.canParticipate) throw new AppError("forbidden", "Join the course first.");
  return access;
}

/** Throws 401 for visitors and 403 unless an instructor of the course or an admin. */
export async function requireCuration(user: CurrentUser | null, courseId: string) {
  if (!user) throw new AppError("unauthorized", "Please sign in.");
  const access = await getCourseAccess(user, courseId);
  if (!access.canCurate) throw new AppError("forbidden", "Only the course's instructors may do this.");
  return access;
}
