import { Prisma, type MemberRole, type Role } from "@/lib/generated/prisma/client";

// The one answer to "what may this user do in this course". The predicates are pure, so pages,
// routes and tests all ask the same function; beside each, the Prisma filter and the SQL
// fragment that select the same courses (tests/courses/rules.test.ts holds them to one table).

export type CourseRole = "visitor" | "outsider" | "learner" | "instructor" | "admin";

export type CoursePermissions = {
  role: CourseRole;
  canJoin: boolean;
  /** Post comments, like and reply to featured comments, write reflections. */
  canParticipate: boolean;
  /** Feature, unfeature, hide, pin; answer as the author; publish reflections; see the queue. */
  canCurate: boolean;
};

type CourseUser = { id: string; role: Role } | null;

/** Curators of a course: its instructors, and admins (of every course). */
export const canCurateCourse = (user: { role: Role } | null, membership: MemberRole | null) =>
  user !== null && (user.role === "ADMIN" || membership === "INSTRUCTOR");

/** The courses `user` curates, as a course filter (the same rule as canCurateCourse). */
export function curatedCoursesWhere(user: CourseUser): Prisma.CourseWhereInput {
  if (!user) return { id: { in: [] } };
  return user.role === "ADMIN" ? {} : { members: { some: { userId: user.id, role: "INSTRUCTOR" } } };
}

/** SQL: whether `user` curates the course whose id is in column `courseId` (e.g. "c.course_id"). */
export function curatorSql(user: CourseUser, courseId: string): Prisma.Sql {
  if (!user) return Prisma.sql`FALSE`;
  return Prisma.sql`(${user.role === "ADMIN"} OR EXISTS (SELECT 1 FROM course_members m
    WHERE m.course_id = ${Prisma.raw(courseId)} AND m.user_id = ${user.id} AND m.role = 'INSTRUCTOR'))`;
}

/** Participants of a course: its members of any role, and admins. */
export const canParticipateInCourse = (user: { role: Role } | null, membership: MemberRole | null) =>
  user !== null && (user.role === "ADMIN" || membership !== null);

/** The courses `user` takes part in, as a course filter (the same rule as canParticipateInCourse). */
export function participatingCoursesWhere(user: CourseUser): Prisma.CourseWhereInput {
  if (!user) return { id: { in: [] } };
  return user.role === "ADMIN" ? {} : { members: { some: { userId: user.id } } };
}

/** SQL: whether `user` takes part in the course whose id is in column `courseId`. */
export function participantSql(user: CourseUser, courseId: string): Prisma.Sql {
  if (!user) return Prisma.sql`FALSE`;
  return Prisma.sql`(${user.role === "ADMIN"} OR EXISTS (SELECT 1 FROM course_members m
    WHERE m.course_id = ${Prisma.raw(courseId)} AND m.user_id = ${user.id}))`;
}

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
  return {
    role,
    canJoin: role === "outsider",
    canParticipate: canParticipateInCourse(user, membership),
    canCurate: canCurateCourse(user, membership),
  };
}
