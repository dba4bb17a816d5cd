// A small course world for rule tests: one published lesson and people in every role.
import type { CurrentUser } from "@/lib/auth/session";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { addMember, createCourse, createLesson, createUser } from "../../prisma/factories";

export const asCurrent = (u: { id: string; name: string }, role: "LEARNER" | "ADMIN" = "LEARNER"): CurrentUser => ({
  id: u.id,
  name: u.name,
  avatarUrl: null,
  role,
});

export async function createWorld(db: PrismaClient) {
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
  return {
    db,
    course,
    article,
    users: {
      instructor: asCurrent(instructor),
      otherInstructor: asCurrent(otherInstructor),
      author: asCurrent(author),
      member: asCurrent(member),
      outsider: asCurrent(outsider),
      admin: asCurrent(admin, "ADMIN"),
    },
  };
}

export type World = Awaited<ReturnType<typeof createWorld>>;

/** Adds `n` members to the course (for like storms). */
export async function createMembers(db: PrismaClient, courseId: string, n: number) {
  const users = [];
  for (let i = 0; i < n; i += 20) {
    const batch = await Promise.all(Array.from({ length: Math.min(20, n - i) }, () => createUser(db)));
    await db.courseMember.createMany({ data: batch.map((u) => ({ courseId, userId: u.id })) });
    users.push(...batch.map((u) => asCurrent(u)));
  }
  return users;
}
