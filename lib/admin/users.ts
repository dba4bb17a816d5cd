import { bumpSessionVersion } from "@/lib/accounts/sessions";
import { assertAdmin } from "@/lib/admin/access";
import type { AdminUserDTO, ListUsersQuery, UpdateUserInput } from "@/lib/admin/users-schema";
import { audit } from "@/lib/audit";
import type { CurrentUser } from "@/lib/auth/session";
import type { Page } from "@/lib/comments/schema";
import { roleName } from "@/lib/courses/members";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma, Role } from "@/lib/generated/prisma/client";
import { decodeKeysetCursor, keysetPage, olderThan } from "@/lib/keyset";
import "server-only";

// The admin area's people: search and page through everyone, suspend and unsuspend, make and
// unmake admins. There is always one admin who is not suspended, and nobody suspends themselves.

const userSelect = {
  id: true,
  name: true,
  email: true,
  avatarUrl: true,
  role: true,
  suspendedAt: true,
  createdAt: true,
  memberships: {
    orderBy: { joinedAt: "asc" },
    select: { role: true, course: { select: { slug: true, title: true } } },
  },
} satisfies Prisma.UserSelect;

type UserRow = Prisma.UserGetPayload<{ select: typeof userSelect }>;

const toAdminUserDTO = (u: UserRow): AdminUserDTO => ({
  id: u.id,
  name: u.name,
  email: u.email,
  avatarUrl: u.avatarUrl,
  role: u.role === "ADMIN" ? "admin" : "user",
  suspended: u.suspendedAt !== null,
  suspendedAt: u.suspendedAt?.toISOString() ?? null,
  createdAt: u.createdAt.toISOString(),
  courses: u.memberships.map((m) => ({ ...m.course, role: roleName(m.role) })),
});

/** Admins only: everyone, newest first (ties by id), a page at a time; `q` matches name or e-mail. */
export async function listUsers(actor: CurrentUser, q: ListUsersQuery): Promise<Page<AdminUserDTO>> {
  assertAdmin(actor);
  const cursor = decodeKeysetCursor(q.cursor);
  const text = q.q ? { contains: q.q, mode: "insensitive" as const } : undefined;
  const rows = await db.user.findMany({
    where: {
      ...(text && { OR: [{ name: text }, { email: text }] }),
      AND: olderThan(cursor, "createdAt", "id"),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: q.limit + 1,
    select: userSelect,
  });
  return keysetPage(rows, q, (u) => ({ at: u.createdAt.toISOString(), id: u.id }), toAdminUserDTO);
}

type Locked = { id: string; role: Role; suspended_at: Date | null };

/**
 * Admins only: changes a person's global role and whether they are suspended, audited, in one
 * transaction. Suspending ends their sessions at once. 409 when an admin would suspend
 * themselves, or when the change would leave no admin who is not suspended.
 */
export async function updateUser(actor: CurrentUser, id: string, input: UpdateUserInput): Promise<AdminUserDTO> {
  assertAdmin(actor);
  if (input.suspended === true && id === actor.id) throw new AppError("conflict", "You cannot suspend yourself.");
  await db.$transaction((tx) => changeUser(tx, actor, id, input));
  return toAdminUserDTO(await db.user.findUniqueOrThrow({ where: { id }, select: userSelect }));
}

/** updateUser's change inside the caller's transaction (the caller has authorized `actor`). */
export async function changeUser(tx: Prisma.TransactionClient, actor: CurrentUser, id: string, input: UpdateUserInput) {
  // Lock the active admins first, in one order, so two admins removing each other at the
  // same moment take turns and the second finds the first already gone.
  const mayRemoveAdmin = input.role === "user" || input.suspended === true;
  const activeAdmins = mayRemoveAdmin
    ? await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM users WHERE role = 'ADMIN' AND suspended_at IS NULL ORDER BY id FOR UPDATE`
    : [];
  const [target] = await tx.$queryRaw<Locked[]>`
    SELECT id, role, suspended_at FROM users WHERE id = ${id} FOR UPDATE`;
  if (!target) throw new AppError("not_found", "User not found.");
  const role: Role = input.role === undefined ? target.role : input.role === "admin" ? "ADMIN" : "LEARNER";
  const suspended = input.suspended ?? target.suspended_at !== null;
  const wasActiveAdmin = target.role === "ADMIN" && target.suspended_at === null;
  if (wasActiveAdmin && (role !== "ADMIN" || suspended) && activeAdmins.every((a) => a.id === id)) {
    throw new AppError("conflict", "The last administrator cannot be removed or suspended.");
  }
  await applyChange(tx, actor, target, { role, suspended });
}

/** Writes what changed (nothing when nothing did), with an audit event per change. */
async function applyChange(
  tx: Prisma.TransactionClient,
  actor: CurrentUser,
  target: Locked,
  next: { role: Role; suspended: boolean },
) {
  const base = { courseId: null, actorId: actor.id, targetType: "user", targetId: target.id } as const;
  const globalRole = (r: Role) => (r === "ADMIN" ? "admin" : "user");
  if (next.role !== target.role) {
    await tx.user.update({ where: { id: target.id }, data: { role: next.role } });
    await audit(tx, {
      ...base,
      action: "user.role",
      before: { role: globalRole(target.role) },
      after: { role: globalRole(next.role) },
    });
  }
  if (next.suspended !== (target.suspended_at !== null)) {
    await tx.user.update({ where: { id: target.id }, data: { suspendedAt: next.suspended ? new Date() : null } });
    if (next.suspended) await bumpSessionVersion(tx, target.id);
    await audit(tx, {
      ...base,
      action: next.suspended ? "user.suspend" : "user.unsuspend",
      before: { suspended: !next.suspended },
      after: { suspended: next.suspended },
    });
  }
}
