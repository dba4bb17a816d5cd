import type { PasswordChange } from "@/lib/accounts/schema";
import { bumpSessionVersion } from "@/lib/accounts/sessions";
import { checkPassword, hashPassword } from "@/lib/auth/passwords";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import "server-only";

/**
 * Changes the caller's password once the current one matches (403 otherwise) and ends every
 * session issued so far. Returns the new session version: the route re-issues the caller's own
 * session at it, so only the other sessions end.
 */
export async function changePassword(user: CurrentUser, input: PasswordChange): Promise<number> {
  const row = await db.user.findUnique({
    where: { id: user.id },
    select: { passwordHash: true },
  });
  if (!(await checkPassword(row?.passwordHash ?? null, input.currentPassword))) {
    throw new AppError("forbidden", "The current password is not right.");
  }
  const passwordHash = await hashPassword(input.newPassword);
  return db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    return bumpSessionVersion(tx, user.id);
  });
}

/** "Sign out everywhere": every session of the caller ends, this one too. */
export async function signOutEverywhere(user: CurrentUser): Promise<void> {
  await db.$transaction((tx) => bumpSessionVersion(tx, user.id));
}
