// The world every role test shares: a course with people in each of the seven roles, one
// published lesson, and an instructor of another course. Vitest (lib calls) and Playwright (HTTP)
// both build it from here, so a new role or a changed membership changes every suite at once.
import type { CurrentUser } from "../lib/auth/session";
import type { PrismaClient, Role } from "../lib/generated/prisma/client";
import { addMember, createCourse, createLesson, createUser, type TestUser } from "./factories";

/** Who a request can come from, as the role tests name them; a visitor is nobody signed in. */
export const ROLES = ["visitor", "outsider", "member", "author", "instructor", "otherInstructor", "admin"] as const;
export type RoleName = (typeof ROLES)[number];
export type UserRoleName = Exclude<RoleName, "visitor">;

/** A test user that signs in over HTTP (email, password) and stands for itself in lib calls. */
export type WorldUser = TestUser & CurrentUser;

/** The session user lib functions take, for a user made by the factories. */
export const asCurrent = <U extends { id: string; name: string }>(u: U, role: Role = "LEARNER"): U & CurrentUser => ({
  ...u,
  avatarUrl: null,
  role,
});

/** Adds `n` new learners to the course, 20 at a time (for like storms and crowds). */
export async function addLearners(db: PrismaClient, courseId: string, n: number): Promise<WorldUser[]> {
  const users: WorldUser[] = [];
  for (let i = 0; i < n; i += 20) {
    const batch = await Promise.all(Array.from({ length: Math.min(20, n - i) }, () => createUser(db)));
    await db.courseMember.createMany({ data: batch.map((u) => ({ courseId, userId: u.id })) });
    users.push(...batch.map((u) => asCurrent(u)));
  }
  return users;
}

/**
 * The course and its people: `instructor` teaches it, `member` and `author` are learners in it
 * (the author writes the comments that tests act on), `outsider` belongs to no course,
 * `otherInstructor` teaches `otherCourse` only, `admin` is a platform admin with no membership.
 * `learners` more learners join the course when asked for.
 */
export async function createWorld(db: PrismaClient, opts: { learners?: number } = {}) {
  const course = await createCourse(db);
  const otherCourse = await createCourse(db);
  const [instructor, otherInstructor, author, member, outsider, admin] = await Promise.all([
    createUser(db),
    createUser(db),
    createUser(db),
    createUser(db),
    createUser(db),
    createUser(db, { role: "ADMIN" }),
  ]);
  await addMember(db, course.id, instructor.id, "INSTRUCTOR");
  await addMember(db, otherCourse.id, otherInstructor.id, "INSTRUCTOR");
  await addMember(db, course.id, author.id);
  await addMember(db, course.id, member.id);
  const article = await createLesson(db, course.id, instructor.id);
  const users: Record<UserRoleName, WorldUser> = {
    instructor: asCurrent(instructor),
    otherInstructor: asCurrent(otherInstructor),
    author: asCurrent(author),
    member: asCurrent(member),
    outsider: asCurrent(outsider),
    admin: asCurrent(admin, "ADMIN"),
  };
  const learners = await addLearners(db, course.id, opts.learners ?? 0);
  return { db, course, otherCourse, article, users, learners };
}

export type World = Awaited<ReturnType<typeof createWorld>>;
