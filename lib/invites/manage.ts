import type { CurrentUser } from "@/lib/auth/session";
import { managesRole } from "@/lib/courses/member-schema";
import { curatedCourse, memberRole, roleName } from "@/lib/courses/members";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { inviteState, type CreateInviteInput, type InviteDTO } from "@/lib/invites/schema";
import { randomBytes } from "node:crypto";
import "server-only";

// Curators mint, list and revoke a course's invites. Instructors handle learner invites;
// instructor invites are an admin's (managesRole). Accepting one is lib/invites/accept.ts.

const inviteSelect = {
  code: true,
  courseId: true,
  role: true,
  maxUses: true,
  uses: true,
  expiresAt: true,
  revokedAt: true,
  createdAt: true,
} satisfies Prisma.InviteSelect;

type InviteRow = Prisma.InviteGetPayload<{ select: typeof inviteSelect }>;

/** 128 random bits, base64url: 22 characters nobody can guess. */
export const newInviteCode = () => randomBytes(16).toString("base64url");

/** The page that accepts the invite, as an absolute URL on `origin` (lib/origin.ts publicOrigin). */
export const inviteUrl = (origin: string, code: string) => `${origin}/invite/${code}`;

const toInviteDTO = (row: InviteRow, origin: string, now = new Date()): InviteDTO => ({
  code: row.code,
  url: inviteUrl(origin, row.code),
  role: roleName(row.role),
  maxUses: row.maxUses,
  uses: row.uses,
  expiresAt: row.expiresAt?.toISOString() ?? null,
  revokedAt: row.revokedAt?.toISOString() ?? null,
  createdAt: row.createdAt.toISOString(),
  state: inviteState(row, now),
});

const requireManages = (viewerIsAdmin: boolean, role: "learner" | "instructor") => {
  if (!managesRole(viewerIsAdmin, role)) {
    throw new AppError("forbidden", "Only an admin may invite or manage instructors.");
  }
};

export async function createInvite(user: CurrentUser, slug: string, input: CreateInviteInput, origin: string) {
  const course = await curatedCourse(user, slug);
  requireManages(course.viewerIsAdmin, input.role);
  const row = await db.$transaction(async (tx) => {
    const invite = await tx.invite.create({
      data: {
        code: newInviteCode(),
        courseId: course.id,
        role: memberRole(input.role),
        maxUses: input.maxUses ?? null,
        expiresAt: input.expiresAt ? new Date(input.expiresAt) : null,
        createdById: user.id,
      },
      select: inviteSelect,
    });
    await tx.auditEvent.create({
      data: {
        courseId: course.id,
        actorId: user.id,
        action: "invite.create",
        targetType: "invite",
        targetId: invite.code,
        after: { role: input.role, maxUses: invite.maxUses, expiresAt: invite.expiresAt?.toISOString() ?? null },
      },
    });
    return invite;
  });
  return toInviteDTO(row, origin);
}

/** Every invite of the course, newest first (a course holds a handful; revoked ones stay listed). */
export async function listInvites(user: CurrentUser, slug: string, origin: string) {
  const course = await curatedCourse(user, slug);
  const rows = await db.invite.findMany({
    where: { courseId: course.id },
    orderBy: [{ createdAt: "desc" }, { code: "asc" }],
    select: inviteSelect,
  });
  const now = new Date();
  return { items: rows.map((r) => toInviteDTO(r, origin, now)) };
}

/** Revokes the invite (it stays listed as revoked); revoking twice changes nothing. */
export async function revokeInvite(user: CurrentUser, code: string, origin: string) {
  const found = await db.invite.findUnique({ where: { code }, select: { course: { select: { slug: true } } } });
  if (!found) throw new AppError("not_found", "Invite not found.");
  const course = await curatedCourse(user, found.course.slug);
  const row = await db.$transaction(async (tx) => {
    const before = await tx.invite.findUniqueOrThrow({ where: { code }, select: inviteSelect });
    requireManages(course.viewerIsAdmin, roleName(before.role));
    if (before.revokedAt) return before;
    const after = await tx.invite.update({ where: { code }, data: { revokedAt: new Date() }, select: inviteSelect });
    await tx.auditEvent.create({
      data: {
        courseId: course.id,
        actorId: user.id,
        action: "invite.revoke",
        targetType: "invite",
        targetId: code,
        before: { state: inviteState(before) },
        after: { state: "revoked" },
      },
    });
    return after;
  });
  return toInviteDTO(row, origin);
}
