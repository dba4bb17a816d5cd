import type { Prisma } from "@/lib/generated/prisma/client";
import "server-only";

/**
 * Ends every session `userId` holds: sessions carry the version they were issued at, and
 * getCurrentUser refuses one whose version is no longer the user's. Call it inside the
 * transaction of the change that ends them (password change or reset, suspension).
 */
export async function bumpSessionVersion(tx: Prisma.TransactionClient, userId: string): Promise<void> {
  await tx.$executeRaw`UPDATE users SET session_version = session_version + 1 WHERE id = ${userId}`;
}
