import type { CurrentUser } from "@/lib/auth/session";
import { curatorSql } from "@/lib/courses/policy";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { requireStudio } from "@/lib/studio/access";
import type { SeenCommentsInput } from "@/lib/studio/seen-schema";
import "server-only";

/**
 * Marks pending comments as seen by an instructor (their authors see "seen by an instructor"):
 * those among `commentIds` that await curation in a course `user` curates and were not seen
 * before. Anything else is skipped without a word, so the call tells nothing about comments
 * the caller may not see. 401/403 for people who curate no course. One statement.
 *
 * Not an audit action: it is a read receipt, and changes nothing anyone decided.
 */
export async function markCommentsSeen(user: CurrentUser | null, { commentIds }: SeenCommentsInput): Promise<number> {
  const curator = await requireStudio(user);
  // updated_at stays: it is the version a curator features against, and no text changed.
  return db.$executeRaw(Prisma.sql`
    UPDATE comments c SET seen_at = now()
    WHERE c.id = ANY(${commentIds}::text[]) AND c.seen_at IS NULL AND c.status = 'PENDING'
      AND c.deleted_at IS NULL AND ${curatorSql(curator, "c.course_id")}`);
}
