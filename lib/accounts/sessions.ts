import type { Prisma } from "@/lib/generated/prisma/client";
import "server-only";

/**
 * Ends every session of the user issued so far: sessions carry the version they were issued
 * at and lib/auth/session.ts refuses any other. Returns the new version (a session the caller
 * means to keep is re-issued at it). Used by password change and reset, "sign out everywhere"
 * and suspension.
 */
export async function bumpSessionVersion(tx: Prisma.TransactionClient, userId: string): Promise<number> {
  const { sessionVersion } = await tx.user.update({
    where: { id: userId },
    data: { sessionVersion: { increment: 1 } },
    select: { sessionVersion: true },
  });
  return sessionVersion;
}
