import type { CurrentUser } from "@/lib/auth/session";
import { LIVE_AUTHOR_REPLY_WHERE } from "@/lib/comments/answered";
import { commentProgress } from "@/lib/comments/progress";
import type { CommentProgressDTO, CommentStatusName, PublicCommentDTO } from "@/lib/comments/schema";
import { db } from "@/lib/db";
import "server-only";

/**
 * The progress of the viewer's own comments among `comments`, by id, read fresh from the
 * primary (shared cached lists carry none of it). One query, and none when the viewer
 * wrote none of them: everybody else's comments get no progress at all.
 */
export async function readOwnProgress(
  viewer: CurrentUser | null,
  comments: PublicCommentDTO[],
): Promise<Map<string, CommentProgressDTO>> {
  const ids = viewer ? comments.filter((c) => c.author.id === viewer.id && !c.isDeleted).map((c) => c.id) : [];
  if (!viewer || ids.length === 0) return new Map();
  const rows = await db.comment.findMany({
    where: { id: { in: ids }, authorId: viewer.id, deletedAt: null },
    select: {
      id: true,
      status: true,
      seenAt: true,
      curationReason: true,
      _count: { select: { replies: { where: LIVE_AUTHOR_REPLY_WHERE } } },
    },
  });
  return new Map(rows.map((r) => [r.id, progressOfRow(r)]));
}

type ProgressRow = {
  status: string;
  seenAt: Date | null;
  curationReason: string | null;
  _count: { replies: number };
};

/** A comment row's progress (the row selected with its count of live author replies). */
export const progressOfRow = (r: ProgressRow): CommentProgressDTO =>
  commentProgress({
    status: r.status.toLowerCase() as CommentStatusName,
    isSeen: r.seenAt !== null,
    curationReason: r.curationReason,
    hasLiveAuthorReply: r._count.replies > 0,
  });
