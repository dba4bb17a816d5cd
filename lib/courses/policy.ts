import type { MemberRole, Role } from "@/lib/generated/prisma/client";

// The one answer to "what may this user do in this course". Pure: no I/O, so pages,
// routes and tests all ask the same function.

export type CourseRole = "visitor" | "outsider" | "learner" | "instructor" | "admin";

export type CoursePermissions = {
  role: CourseRole;
  canJoin: boolean;
  /** Post comments, like and reply to featured comments, write reflections. */
  canParticipate: boolean;
  /** Feature, unfeature, hide, pin; answer as the author; publish reflections; see the queue. */
  canCurate: boolean;
};

export function coursePermissions(user: { role: Role } | null, membership: MemberRole | null): CoursePermissions {
  const role: CourseRole = !user
    ? "visitor"
    : user.role === "ADMIN"
      ? "admin"
      : membership === "INSTRUCTOR"
        ? "instructor"
        : membership === "LEARNER"
          ? "learner"
          : "outsider";
  const canCurate = role === "instructor" || role === "admin";
  return {
    role,
    canJoin: role === "outsider",
    canParticipate: canCurate || role === "learner",
    canCurate,
  };
}
