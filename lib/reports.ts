import type { CurrentUser } from "@/lib/auth/session";
import { getVisibleComment } from "@/lib/comments/queries";
import type { ReportInput } from "@/lib/comments/schema";
import { isOpenForDiscussion } from "@/lib/comments/visibility";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { noticeQueueAdded } from "@/lib/events/studio";
import "server-only";

export type ReportDTO = {
  id: string;
  commentId: string | null;
  replyId: string | null;
  reason: string;
  status: "open";
  createdAt: string;
};

/** Anyone signed in may flag a featured comment or a reply they can see, once per item. */
export async function createReport(user: CurrentUser, input: ReportInput): Promise<ReportDTO> {
  let commentId = input.commentId;
  if (input.replyId) {
    const reply = await db.reply.findUnique({
      where: { id: input.replyId },
      select: { commentId: true, status: true, deletedAt: true, hiddenAt: true },
    });
    // Only public replies are flagged: a pending one is in the curators' queue already.
    if (!reply || reply.status !== "PUBLISHED" || reply.deletedAt || reply.hiddenAt)
      throw new AppError("not_found", "Reply not found.");
    commentId = reply.commentId;
  }
  const { comment } = await getVisibleComment(user, commentId!);
  if (!isOpenForDiscussion(comment)) throw new AppError("not_found", "Comment not found.");
  try {
    const row = await db.report.create({
      data: {
        courseId: comment.courseId,
        commentId: input.replyId ? null : commentId!,
        replyId: input.replyId ?? null,
        reporterId: user.id,
        reason: input.reason,
      },
    });
    await noticeQueueAdded({ courseId: comment.courseId, articleId: comment.articleId, kind: "report" });
    return {
      id: row.id,
      commentId: row.commentId,
      replyId: row.replyId,
      reason: row.reason,
      status: "open",
      createdAt: row.createdAt.toISOString(),
    };
  } catch (err) {
    if (typeof err === "object" && err && "code" in err && err.code === "P2002")
      throw new AppError("conflict", "You have already reported this.");
    throw err;
  }
}
