import type { Prisma } from "@/lib/generated/prisma/client";
import "server-only";

// Linked comments (status LINKED) are answered by a featured comment. When that answer stops
// being public, their question is open again: they go back to the curation queue.

export type RequeuedComment = { id: string; articleId: string };

/**
 * Inside the caller's transaction, after `answerId` left the featured list (unfeatured, hidden
 * or deleted): its linked comments become pending again. The caller notices the queue after commit.
 */
export async function requeueLinked(tx: Prisma.TransactionClient, answerId: string): Promise<RequeuedComment[]> {
  const rows = await tx.$queryRaw<{ id: string; article_id: string }[]>`
    UPDATE comments SET status = 'PENDING', answered_in_id = NULL, updated_at = now()
    WHERE answered_in_id = ${answerId} AND status = 'LINKED' AND deleted_at IS NULL
    RETURNING id, article_id`;
  return rows.map((r) => ({ id: r.id, articleId: r.article_id }));
}
