import { articleCacheNamespace } from "@/lib/articles/queries";
import type { CurrentUser } from "@/lib/auth/session";
import { invalidate } from "@/lib/cache";
import { curateComment } from "@/lib/comments/curation";
import { hideReportedReply } from "@/lib/comments/reply-moderation";
import { getCourseAccess } from "@/lib/courses/access";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { publishReplyHidden } from "@/lib/events/comments";
import { noticeQueueRemoved } from "@/lib/events/studio";
import type { Prisma } from "@/lib/generated/prisma/client";
import { invalidateSimilarQuestions } from "@/lib/similarity/similar-questions";
import { studioScope } from "@/lib/studio/access";
import {
  articleHref,
  type ResolvedReportDTO,
  type ResolvedReportRowDTO,
  type ResolveReportInput,
} from "@/lib/studio/schema";
import { clip } from "@/lib/text";
import "server-only";

// Settling reports: hide the reported comment or reply, or dismiss the report. Every open
// report of the same item is settled together, and each one leaves an audit event.

type Db = Prisma.TransactionClient;

const reportFacts = {
  id: true,
  courseId: true,
  status: true,
  commentId: true,
  replyId: true,
  comment: { select: { articleId: true, deletedAt: true } },
  reply: { select: { commentId: true, comment: { select: { articleId: true } } } },
} satisfies Prisma.ReportSelect;

/** Marks every open report of the item settled; 409 if someone settled this one first. */
async function settle(
  tx: Db,
  user: CurrentUser,
  report: { id: string; courseId: string; commentId: string | null; replyId: string | null },
  action: ResolveReportInput["action"],
) {
  const status = action === "hide" ? "RESOLVED" : "DISMISSED";
  const target = report.replyId ? { replyId: report.replyId } : { commentId: report.commentId };
  const open = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM reports WHERE status = 'OPEN' AND course_id = ${report.courseId}
      AND (comment_id = ${target.commentId ?? null} OR reply_id = ${target.replyId ?? null})
    FOR UPDATE`;
  const ids = open.map((r) => r.id);
  if (!ids.includes(report.id)) throw new AppError("conflict", "This report has already been resolved.");
  const resolvedAt = new Date();
  await tx.report.updateMany({
    where: { id: { in: ids }, status: "OPEN" },
    data: { status, resolvedAt, resolvedById: user.id },
  });
  await tx.auditEvent.createMany({
    data: ids.map((id) => ({
      courseId: report.courseId,
      actorId: user.id,
      action: action === "hide" ? "report.resolve" : "report.dismiss",
      targetType: "report",
      targetId: id,
      before: { status: "OPEN" },
      after: { status, action, ...(report.replyId ? { replyId: report.replyId } : { commentId: report.commentId }) },
    })),
  });
  return { ids, resolvedAt, status };
}

/**
 * The course's instructors (and admins) settle a report. Reports are private to the
 * course's curators: anyone else gets 404, so a report's existence does not leak.
 */
export async function resolveReport(
  user: CurrentUser,
  reportId: string,
  input: ResolveReportInput,
): Promise<ResolvedReportDTO> {
  const report = await db.report.findUnique({ where: { id: reportId }, select: reportFacts });
  if (!report || !(await getCourseAccess(user, report.courseId)).canCurate)
    throw new AppError("not_found", "Report not found.");
  if (report.status !== "OPEN") throw new AppError("conflict", "This report has already been resolved.");

  // A reported comment is hidden through the one curation path (lock, counts, audit, cache).
  if (input.action === "hide" && report.commentId && !report.comment?.deletedAt) {
    await curateComment(user, report.commentId, { status: "hidden" });
  }
  const { settled, hidden } = await db.$transaction(async (tx) => {
    const hidden =
      input.action === "hide" && report.replyId
        ? await hideReportedReply(tx, user, report.courseId, report.replyId)
        : null;
    return { settled: await settle(tx, user, report, input.action), hidden };
  });
  const articleId = report.comment?.articleId ?? report.reply?.comment.articleId;
  if (input.action === "hide" && report.replyId && articleId) {
    await invalidate(articleCacheNamespace(articleId));
    await invalidateSimilarQuestions(report.courseId); // it may have been the answer
  }
  if (hidden?.wasPublic && articleId) {
    await publishReplyHidden(articleId, { id: hidden.id, commentId: hidden.commentId, replyCount: hidden.replyCount });
  }
  if (articleId) await noticeQueueRemoved({ courseId: report.courseId, articleId, ids: settled.ids });
  return {
    id: report.id,
    status: settled.status === "RESOLVED" ? "resolved" : "dismissed",
    resolvedIds: settled.ids,
    resolvedAt: settled.resolvedAt.toISOString(),
  };
}

const EXCERPT_LENGTH = 140;

/** The latest settled reports of `user`'s courses, newest first (the Reports tab's history). */
export async function listResolvedReports(
  user: CurrentUser,
  filter: { courseId?: string } = {},
  limit = 20,
): Promise<ResolvedReportRowDTO[]> {
  const scope = await studioScope(user, filter);
  const article = { select: { slug: true, title: true, id: true, course: { select: { slug: true } } } } as const;
  const rows = await db.report.findMany({
    where: { ...(scope.courseId && { courseId: scope.courseId }), status: { not: "OPEN" } },
    orderBy: [{ resolvedAt: { sort: "desc", nulls: "last" } }, { id: "desc" }],
    take: limit,
    select: {
      id: true,
      status: true,
      reason: true,
      resolvedAt: true,
      reporter: { select: { name: true } },
      resolvedBy: { select: { name: true } },
      comment: { select: { body: true, article } },
      reply: { select: { body: true, comment: { select: { article } } } },
    },
  });
  return rows.flatMap((r) => {
    const a = r.comment?.article ?? r.reply?.comment.article;
    if (!a) return [];
    return [
      {
        id: r.id,
        status: r.status === "DISMISSED" ? "dismissed" : "resolved",
        reason: r.reason,
        target: r.reply ? "reply" : "comment",
        excerpt: clip(r.comment?.body ?? r.reply?.body ?? "", EXCERPT_LENGTH),
        article: { id: a.id, title: a.title, href: articleHref(a.course.slug, a.slug) },
        reporterName: r.reporter.name,
        resolverName: r.resolvedBy?.name ?? null,
        resolvedAt: r.resolvedAt?.toISOString() ?? null,
      } satisfies ResolvedReportRowDTO,
    ];
  });
}
