import { liveArticleSql } from "@/lib/articles/policy";
import { openForDiscussionSql } from "@/lib/comments/visibility";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import "server-only";
import type { SearchCursor } from "./cursor";
import type { SearchResultKind } from "./schema";

// The ranked matches of one query in one course: what everyone may read there, less the lessons
// locked for this reader. Lessons and essays must be live; comments featured and not deleted, on
// a live article; replies neither hidden nor deleted, under such a comment. Drafts, scheduled
// lessons, unpublished essays and comments awaiting curation are never searched, whoever asks:
// search shows the course as its readers see it.

export type Hit = SearchCursor;

export async function rankHits(p: {
  courseId: string;
  query: string;
  now: Date;
  lockedLessonIds: string[];
  after: SearchCursor | null;
  take: number;
}): Promise<Hit[]> {
  const readable = Prisma.sql`${liveArticleSql("a", p.now)} AND a.course_id = ${p.courseId}
    AND NOT (a.id = ANY(${p.lockedLessonIds}::text[]))`;
  const open = Prisma.raw(openForDiscussionSql("c"));
  const after = p.after
    ? Prisma.sql`WHERE (rank, kind, id) < (${p.after.rank}::real, ${p.after.kind}, ${p.after.id})`
    : Prisma.empty;
  // Normalization 1 divides by the log of the text's length, so a long lesson does not win on length alone.
  const rows = await db.$queryRaw<Array<{ kind: SearchResultKind; id: string; rank_text: string }>>`
    WITH q AS (SELECT ${p.query}::tsquery AS query),
    hits AS (
      SELECT CASE a.kind WHEN 'LESSON' THEN 'lesson' ELSE 'essay' END AS kind, a.id,
        ts_rank_cd(a.search_vector, q.query, 1) AS rank
      FROM articles a, q WHERE a.search_vector @@ q.query AND ${readable}
      UNION ALL
      SELECT 'comment', c.id, ts_rank_cd(c.search_vector, q.query, 1)
      FROM comments c JOIN articles a ON a.id = c.article_id, q
      WHERE c.course_id = ${p.courseId} AND ${open} AND c.search_vector @@ q.query AND ${readable}
      UNION ALL
      SELECT 'reply', r.id, ts_rank_cd(r.search_vector, q.query, 1)
      FROM replies r JOIN comments c ON c.id = r.comment_id JOIN articles a ON a.id = c.article_id, q
      WHERE c.course_id = ${p.courseId} AND ${open} AND r.status = 'PUBLISHED' AND r.hidden_at IS NULL AND r.deleted_at IS NULL
        AND r.search_vector @@ q.query AND ${readable}
    )
    SELECT kind, id, rank::text AS rank_text FROM hits ${after}
    ORDER BY hits.rank DESC, hits.kind DESC, hits.id DESC
    LIMIT ${p.take}`;
  return rows.map((r) => ({ kind: r.kind, id: r.id, rank: r.rank_text }));
}
