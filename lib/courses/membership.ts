import type { MemberRole, Prisma } from "@/lib/generated/prisma/client";
import "server-only";

type Tx = Prisma.TransactionClient;

export type Grant = { courseId: string; userId: string; role: MemberRole };

/**
 * The one place a user becomes a member of a course, or an instructor of it. Joining an open
 * course and accepting an invite call it; so would a payment provider's webhook (a paid
 * order for the course → `grantMembership(tx, {courseId, userId, role: "LEARNER"})` inside
 * the transaction that records the payment). An upsert: a learner granted INSTRUCTOR is
 * promoted, but an instructor is never demoted by a grant (role changes go through
 * lib/courses/members.ts). `created` says whether the user was not a member before.
 */
export async function grantMembership(tx: Tx, { courseId, userId, role }: Grant) {
  const before = await tx.courseMember.findUnique({
    where: { courseId_userId: { courseId, userId } },
    select: { role: true },
  });
  const next: MemberRole = before?.role === "INSTRUCTOR" ? "INSTRUCTOR" : role;
  const member = await tx.courseMember.upsert({
    where: { courseId_userId: { courseId, userId } },
    create: { courseId, userId, role: next },
    update: { role: next },
    select: { role: true, joinedAt: true },
  });
  return { ...member, created: before === null, changed: before?.role !== member.role };
}

/** Whether membership as `current` already gives everything a grant of `offered` would. */
export const alreadyHolds = (current: MemberRole | null, offered: MemberRole) =>
  current === "INSTRUCTOR" || (current === "LEARNER" && offered === "LEARNER");
