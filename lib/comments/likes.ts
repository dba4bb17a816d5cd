import { visibleArticleSql } from "@/lib/articles/policy";
import { articleCacheNamespace } from "@/lib/articles/queries";
import type { CurrentUser } from "@/lib/auth/session";
import { invalidate } from "@/lib/cache";
import { exactLikeCountSql } from "@/lib/comments/like-count";
import { getVisibleComment } from "@/lib/comments/queries";
import type { LikeResultDTO } from "@/lib/comments/schema";
import { isOpenForDiscussion, openForDiscussionSql } from "@/lib/comments/visibility";
import { participantSql } from "@/lib/courses/policy";
import { db, sqlRows } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { publishLikeCounts } from "@/lib/events/like-events";
import { Prisma } from "@/lib/generated/prisma/client";
import "server-only";

/** Slots per comment: enough that a like storm rarely waits on another like's row lock. */
export const LIKE_SLOTS = 16;

/**
 * Members like or unlike featured comments, idempotently. The like row is the truth; in
 * the same statement, exactly the rows that changed are added to one random delta slot,
 * so concurrent likes are never lost or counted twice and never queue on the comment row.
 * A hot path in one round trip (straight on the pool, see sqlRows): the statement checks
 * visibility and membership itself; only when it finds nothing to like does the slow path
 * work out 404 or 403.
 */
export async function setLike(user: CurrentUser, commentId: string, liked: boolean): Promise<LikeResultDTO> {
  const fast = await likeStatement(user, commentId, liked, true);
  if (fast !== undefined) return { liked, likeCount: fast };
  const { comment, access } = await getVisibleComment(user, commentId);
  if (!isOpenForDiscussion(comment)) throw new AppError("not_found", "Comment not found.");
  if (!access.canParticipate) throw new AppError("forbidden", "Join the course first.");
  const likeCount = await likeStatement(user, commentId, liked, false);
  if (likeCount === undefined) throw new AppError("not_found", "Comment not found.");
  return { liked, likeCount };
}

/**
 * SQL: whether `user` may like the comment `c` of article `a`, the rule the slow path checks
 * step by step: open for discussion, on an article they see, in a course they take part in.
 */
export const likeGuardSql = (user: CurrentUser) =>
  Prisma.sql`${Prisma.raw(openForDiscussionSql("c"))} AND ${visibleArticleSql(user, "a")}
    AND ${participantSql(user, "c.course_id")}`;

/**
 * Likes or unlikes and answers the exact count (its snapshot predates its own change, so
 * that change is added back). `isGuarded`: only a comment likeGuardSql admits is touched.
 */
async function likeStatement(user: CurrentUser, commentId: string, liked: boolean, isGuarded: boolean) {
  const slot = Math.floor(Math.random() * LIKE_SLOTS);
  const guard = isGuarded ? likeGuardSql(user) : Prisma.sql`TRUE`;
  const target = Prisma.sql`
    SELECT c.id, c.like_count FROM comments c JOIN articles a ON a.id = c.article_id
    WHERE c.id = ${commentId} AND ${guard}`;
  const change = liked
    ? Prisma.sql`INSERT INTO comment_likes (comment_id, user_id) SELECT id, ${user.id} FROM target ON CONFLICT DO NOTHING RETURNING 1`
    : Prisma.sql`DELETE FROM comment_likes WHERE comment_id IN (SELECT id FROM target) AND user_id = ${user.id} RETURNING 1`;
  const delta = liked ? 1 : -1;
  const rows = await sqlRows<{ n: number }>(Prisma.sql`
    WITH target AS (${target}),
    changed AS (${change}),
    bumped AS (
      INSERT INTO comment_like_deltas (comment_id, slot, delta)
      SELECT ${commentId}, ${slot}::smallint, ${delta}::int FROM changed
      ON CONFLICT (comment_id, slot) DO UPDATE SET delta = comment_like_deltas.delta + ${delta}::int RETURNING 1)
    SELECT (${exactLikeCountSql("t")} + ${delta}::int * (SELECT count(*) FROM bumped))::int AS n
    FROM target t`);
  return rows[0]?.n;
}

/** The exact count now: the folded counter plus the deltas not yet folded. */
export async function currentLikeCount(commentId: string): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number }[]>`
    SELECT ${exactLikeCountSql("c")} AS n FROM comments c WHERE c.id = ${commentId}`;
  if (!row) throw new AppError("not_found", "Comment not found.");
  return row.n;
}

/**
 * Moves every pending delta into comments.like_count. One statement: the deltas it
 * deletes and the counts it adds commit together, so a crash loses nothing, and two
 * folders running at once each move different rows. Returns the articles whose counts changed.
 * Once committed, their cached lists are invalidated and the new counts go out live;
 * `version` (when the row was updated, in µs) orders the counts of one comment folded by
 * two app servers, so a late older count never overwrites a newer one.
 */
export async function foldLikeDeltas(): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string; article_id: string; like_count: number; version: bigint }[]>`
    WITH moved AS (DELETE FROM comment_like_deltas RETURNING comment_id, delta),
         sums AS (SELECT comment_id, sum(delta)::int AS delta FROM moved GROUP BY comment_id)
    UPDATE comments c SET like_count = c.like_count + sums.delta
    FROM sums WHERE c.id = sums.comment_id AND sums.delta <> 0
    RETURNING c.id, c.article_id, c.like_count, (extract(epoch FROM clock_timestamp()) * 1000000)::bigint AS version`;
  const articleIds = [...new Set(rows.map((r) => r.article_id))];
  await Promise.all(articleIds.map((id) => invalidate(articleCacheNamespace(id))));
  await publishLikeCounts(
    rows.map((r) => ({
      articleId: r.article_id,
      commentId: r.id,
      likeCount: r.like_count,
      version: BigInt(r.version),
    })),
  );
  return articleIds;
}
