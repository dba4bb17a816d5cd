import type { CurrentUser } from "@/lib/auth/session";
import type { Page } from "@/lib/comments/schema";
import { managesRole, type ListMembersQuery, type MemberDTO, type MemberRoleName } from "@/lib/courses/member-schema";
import { getCuratedSettings } from "@/lib/courses/settings";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { MemberRole, Prisma } from "@/lib/generated/prisma/client";
import { decodeKeysetCursor, keysetPage, olderThan } from "@/lib/keyset";
import "server-only";

// The studio's members list and the role changes on it. Granting membership is
// lib/courses/membership.ts; who may change which role is managesRole (member-schema.ts).

const memberSelect = {
  role: true,
  joinedAt: true,
  user: { select: { id: true, name: true, email: true, avatarUrl: true } },
} satisfies Prisma.CourseMemberSelect;

type MemberRow = Prisma.CourseMemberGetPayload<{ select: typeof memberSelect }>;

export const roleName = (role: MemberRole): MemberRoleName => (role === "INSTRUCTOR" ? "instructor" : "learner");
export const memberRole = (role: MemberRoleName): MemberRole => (role === "instructor" ? "INSTRUCTOR" : "LEARNER");

const toMemberDTO = (m: MemberRow): MemberDTO => ({
  user: m.user,
  role: roleName(m.role),
  joinedAt: m.joinedAt.toISOString(),
});

/**
 * The course named by `slug` if `user` curates it: 404 unknown, 401 visitor, 403 otherwise.
 * The same read as the studio layout's (once per request); pages hide refusals with orNotFound.
 */
export async function curatedCourse(user: CurrentUser | null, slug: string) {
  const course = await getCuratedSettings(user, slug);
  return { id: course.id, slug: course.slug, title: course.title, viewerIsAdmin: user?.role === "ADMIN" };
}

/**
 * Members of the course, newest first (ties by user id), a page at a time; `q` matches the
 * name or the email, case-insensitively; `role` keeps one role.
 */
export async function listMembers(user: CurrentUser, slug: string, q: ListMembersQuery): Promise<Page<MemberDTO>> {
  const course = await curatedCourse(user, slug);
  const cursor = decodeKeysetCursor(q.cursor); // joinedAt and the user id
  const text = q.q ? { contains: q.q, mode: "insensitive" as const } : undefined;
  const rows = await db.courseMember.findMany({
    where: {
      courseId: course.id,
      ...(q.role && { role: memberRole(q.role) }),
      ...(text && { user: { OR: [{ name: text }, { email: text }] } }),
      AND: olderThan(cursor, "joinedAt", "userId"),
    },
    orderBy: [{ joinedAt: "desc" }, { userId: "desc" }],
    take: q.limit + 1,
    select: memberSelect,
  });
  return keysetPage(rows, q, (m) => ({ at: m.joinedAt.toISOString(), id: m.user.id }), toMemberDTO);
}

/** The membership `userId` holds in the course, locked for the change that follows; 404 if none. */
async function lockedMember(tx: Prisma.TransactionClient, courseId: string, userId: string) {
  const [row] = await tx.$queryRaw<{ role: MemberRole }[]>`
    SELECT role FROM course_members WHERE course_id = ${courseId} AND user_id = ${userId} FOR UPDATE`;
  if (!row) throw new AppError("not_found", "That person is not a member of this course.");
  return row.role;
}

function requireManages(viewerIsAdmin: boolean, role: MemberRoleName) {
  if (!managesRole(viewerIsAdmin, role)) {
    throw new AppError("forbidden", "Only an admin may make, change or remove an instructor.");
  }
}

/** Changes a member's role (an audit event records it); the same role again changes nothing. */
export async function setMemberRole(user: CurrentUser, slug: string, userId: string, role: MemberRoleName) {
  const course = await curatedCourse(user, slug);
  requireManages(course.viewerIsAdmin, role);
  return db.$transaction(async (tx) => {
    const before = roleName(await lockedMember(tx, course.id, userId));
    requireManages(course.viewerIsAdmin, before);
    const row = await tx.courseMember.update({
      where: { courseId_userId: { courseId: course.id, userId } },
      data: { role: memberRole(role) },
      select: memberSelect,
    });
    if (before !== role) {
      await tx.auditEvent.create({
        data: {
          courseId: course.id,
          actorId: user.id,
          action: "member.role",
          targetType: "user",
          targetId: userId,
          before: { role: before },
          after: { role },
        },
      });
    }
    return toMemberDTO(row);
  });
}

/** Removes a member from the course (an audit event records it). */
export async function removeMember(user: CurrentUser, slug: string, userId: string) {
  const course = await curatedCourse(user, slug);
  await db.$transaction(async (tx) => {
    const before = roleName(await lockedMember(tx, course.id, userId));
    requireManages(course.viewerIsAdmin, before);
    await tx.courseMember.delete({ where: { courseId_userId: { courseId: course.id, userId } } });
    await tx.auditEvent.create({
      data: {
        courseId: course.id,
        actorId: user.id,
        action: "member.remove",
        targetType: "user",
        targetId: userId,
        before: { role: before },
      },
    });
  });
}
