import "server-only";
import type { CurrentUser } from "@/lib/auth/session";
import { getVisibleComment } from "@/lib/comments/queries";
import type { LikeResultDTO } from "@/lib/comments/schema";
import { isOpenForDiscussion } from "@/lib/comments/visibility";
import { requireParticipation } from "@/lib/courses/access";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/**
 * Members like or unlike featured comments, idempotently. The like row is the truth; the
 * counter moves in the same statement by exactly the rows that changed, so concurrent
 * likes can neither be lost nor counted twice.
 */
export async function setLike(user: CurrentUser, commentId: string, liked: boolean): Promise<LikeResultDTO> {
  const { comment } = await getVisibleComment(user, commentId);
  if (!isOpenForDiscussion(comment)) throw new AppError("not_found", "Comment not found.");
  await requireParticipation(user, comment.courseId);
  const rows = liked
    ? await db.$queryRaw<{ like_count: number }[]>`
        WITH changed AS (
          INSERT INTO comment_likes (comment_id, user_id) VALUES (${commentId}, ${user.id})
          ON CONFLICT DO NOTHING RETURNING 1)
        UPDATE comments SET like_count = like_count + (SELECT count(*) FROM changed)::int
        WHERE id = ${commentId} RETURNING like_count`
    : await db.$queryRaw<{ like_count: number }[]>`
        WITH changed AS (
          DELETE FROM comment_likes WHERE comment_id = ${commentId} AND user_id = ${user.id} RETURNING 1)
        UPDATE comments SET like_count = like_count - (SELECT count(*) FROM changed)::int
        WHERE id = ${commentId} RETURNING like_count`;
  const likeCount = rows[0]?.like_count;
  if (likeCount === undefined) throw new AppError("not_found", "Comment not found.");
  return { liked, likeCount };
}
