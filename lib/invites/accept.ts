import type { CurrentUser } from "@/lib/auth/session";
import { roleName } from "@/lib/courses/members";
import { alreadyHolds, grantMembership } from "@/lib/courses/membership";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { MemberRole } from "@/lib/generated/prisma/client";
import { GONE_MESSAGE, inviteState, type InvitePreviewDTO } from "@/lib/invites/schema";
import "server-only";

// Opening and accepting an invite. The code is the secret: anyone holding it may see the
// course and the role it offers.

/** What the invite offers and whether it still works; 404 for an unknown code. */
export async function previewInvite(viewer: CurrentUser | null, code: string): Promise<InvitePreviewDTO> {
  const invite = await db.invite.findUnique({
    where: { code },
    select: {
      role: true,
      maxUses: true,
      uses: true,
      expiresAt: true,
      revokedAt: true,
      course: { select: { id: true, slug: true, title: true, summary: true, coverUrl: true } },
    },
  });
  if (!invite) throw new AppError("not_found", "Invite not found.");
  const { id: courseId, ...course } = invite.course;
  const member = viewer
    ? await db.courseMember.findUnique({
        where: { courseId_userId: { courseId, userId: viewer.id } },
        select: { role: true },
      })
    : null;
  return {
    course,
    role: roleName(invite.role),
    state: inviteState(invite),
    memberRole: member ? roleName(member.role) : null,
  };
}

/**
 * Joins `user` to the invite's course with its role. One use is spent by a single guarded
 * UPDATE in the same transaction as the grant, so concurrent acceptances never pass
 * `maxUses`: PostgreSQL re-checks `uses < max_uses` on the row each waiting UPDATE finds
 * after the one before it commits. Someone who already holds the role spends no use and
 * gets 200 all the same, even from a spent invite; otherwise a spent invite answers 410
 * saying whether it expired, was revoked or is used up.
 */
export async function acceptInvite(user: CurrentUser, code: string) {
  return db.$transaction(async (tx) => {
    const invite = await tx.invite.findUnique({
      where: { code },
      select: { courseId: true, role: true, course: { select: { slug: true } } },
    });
    if (!invite) throw new AppError("not_found", "Invite not found.");
    const answer = (role: MemberRole) => ({ course: { slug: invite.course.slug }, role: roleName(role) });
    // One acceptance per person and course at a time, so a double click spends one use.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`invite:${invite.courseId}:${user.id}`}))`;
    const current = await tx.courseMember.findUnique({
      where: { courseId_userId: { courseId: invite.courseId, userId: user.id } },
      select: { role: true },
    });
    if (alreadyHolds(current?.role ?? null, invite.role)) return answer(current!.role);
    const spent = await tx.$executeRaw`
      UPDATE invites SET uses = uses + 1
      WHERE code = ${code} AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now())
        AND (max_uses IS NULL OR uses < max_uses)`;
    if (spent === 0) {
      const state = await tx.invite.findUniqueOrThrow({
        where: { code },
        select: { maxUses: true, uses: true, expiresAt: true, revokedAt: true },
      });
      const why = inviteState(state);
      throw new AppError("gone", GONE_MESSAGE[why === "valid" ? "used_up" : why]);
    }
    const member = await grantMembership(tx, { courseId: invite.courseId, userId: user.id, role: invite.role });
    await tx.auditEvent.create({
      data: {
        courseId: invite.courseId,
        actorId: user.id,
        action: "invite.accept",
        targetType: "invite",
        targetId: code,
        before: { role: current ? roleName(current.role) : null },
        after: { role: roleName(member.role) },
      },
    });
    return answer(member.role);
  });
}
