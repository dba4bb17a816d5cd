import { Prisma } from "@/lib/generated/prisma/client";

// A comment's exact like count: the folded counter (comments.like_count) plus the deltas not
// folded yet (comment_like_deltas). The list reads the counter alone, at most a fold behind;
// a viewer's own likes and the like answers use this. tests/comments/rules.test.ts pins both.

/** The exact count from the stored counter and the unfolded deltas. */
export const exactLikeCount = (likeCount: number, deltas: readonly number[]) =>
  deltas.reduce((sum, d) => sum + d, likeCount);

/** SQL: the exact count of the comment aliased `c` (columns `c.id`, `c.like_count`), as an int. */
export const exactLikeCountSql = (c: string) =>
  Prisma.sql`(${Prisma.raw(`${c}.like_count`)} + COALESCE((SELECT sum(d.delta) FROM comment_like_deltas d
    WHERE d.comment_id = ${Prisma.raw(`${c}.id`)}), 0))::int`;
