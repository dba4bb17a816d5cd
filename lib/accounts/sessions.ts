import type { Prisma } from "@/lib/generated/prisma/client";
import "server-only";

/** Ends every session of `userId`: sessions carry the version they were issued at. */
export async function bumpSessionVersion(tx: Prisma.TransactionClient, userId: string): Promise<void> {
  await tx.$executeRaw`UPDATE users SET session_version = session_version + 1 WHERE id = ${userId}`;
}
