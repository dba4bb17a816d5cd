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
 * lib/courses/members.ts).
 */
export async function grantMembership(tx: Tx, { courseId, userId, role }: Grant) {
  // One statement, so a grant racing another grant or a role change cannot demote anyone.
  const [member] = await tx.$queryRaw<{ role: MemberRole; joinedAt: Date }[]>`
    INSERT INTO course_members (course_id, user_id, role) VALUES (${courseId}, ${userId}, ${role}::"MemberRole")
    ON CONFLICT (course_id, user_id) DO UPDATE SET role = CASE
      WHEN course_members.role = 'INSTRUCTOR' THEN course_members.role ELSE EXCLUDED.role END
    RETURNING role, joined_at AS "joinedAt"`;
  return member!;
}

/** Whether membership as `current` already gives everything a grant of `offered` would. */
export const alreadyHolds = (current: MemberRole | null, offered: MemberRole) =>
  current === "INSTRUCTOR" || (current === "LEARNER" && offered === "LEARNER");
