import { Prisma, type Enrollment, type MemberRole, type Role } from "@/lib/generated/prisma/client";

// The one answer to "what may this user do in this course". The predicates are pure, so pages,
// routes and tests all ask the same function; beside each, the Prisma filter and the SQL
// fragment that select the same courses (tests/courses/rules.test.ts holds them to one table).

export type CourseRole = "visitor" | "outsider" | "learner" | "instructor" | "admin";

export type CoursePermissions = {
  role: CourseRole;
  /** A signed-in outsider of an open course that is not archived. */
  canJoin: boolean;
  /** Take part: like featured comments; with canPost, also comment, reply and write reflections. */
  canParticipate: boolean;
  /** canParticipate while the course is not archived: new comments, replies and reflections. */
  canPost: boolean;
  /** Feature, unfeature, hide, pin; answer as the author; publish reflections; see the queue. */
  canCurate: boolean;
  /** Write lessons, chapters and settings; invite and manage learners (the course's curators). */
  canManageCourse: boolean;
  /** Every lesson in full: members of any role, admins, and everyone in an open course. */
  readsEverything: boolean;
  isAdmin: boolean;
};

/** The course facts permissions depend on. */
export type CourseFacts = { enrollment: Enrollment; archivedAt: Date | null };

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

export function coursePermissions(
  user: { role: Role } | null,
  membership: MemberRole | null,
  course: CourseFacts,
): CoursePermissions {
  const role: CourseRole = !user
    ? "visitor"
    : user.role === "ADMIN"
      ? "admin"
      : membership === "INSTRUCTOR"
        ? "instructor"
        : membership === "LEARNER"
          ? "learner"
          : "outsider";
  const canParticipate = canParticipateInCourse(user, membership);
  const canCurate = canCurateCourse(user, membership);
  const isArchived = course.archivedAt !== null;
  return {
    role,
    canJoin: role === "outsider" && course.enrollment === "OPEN" && !isArchived,
    canParticipate,
    canPost: canParticipate && !isArchived,
    canCurate,
    canManageCourse: canCurate,
    readsEverything: canParticipate || course.enrollment === "OPEN",
    isAdmin: role === "admin",
  };
}

/**
 * Whether a lesson is closed to this reader: past the trial of an invite-only course, for
 * someone who does not read everything. `ordinal` is the lesson's 0-based index among the
 * course's live lessons in course order.
 */
export const isLessonLocked = (
  access: Pick<CoursePermissions, "readsEverything">,
  course: { enrollment: Enrollment; trialLessons: number },
  ordinal: number,
) => !access.readsEverything && course.enrollment === "INVITE" && ordinal >= course.trialLessons;
