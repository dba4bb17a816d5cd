import type { CurrentUser } from "@/lib/auth/session";
import { curateComment } from "@/lib/comments/curation";
import { decodeCursor, encodeCursor, type CommentCursor } from "@/lib/comments/cursor";
import { commentSelect, toAuthorDTO, toCommentDTO } from "@/lib/comments/queries";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { studioScope, type StudioScope } from "@/lib/studio/access";
import {
  articleHref,
  type BulkCurationInput,
  type BulkResultDTO,
  type QueueCommentItem,
  type QueueItemDTO,
  type QueuePage,
  type QueueQuery,
  type QueueReplyItem,
} from "@/lib/studio/schema";
import "server-only";

// The curation queue: pending comments, pending replies and open reports of the courses a
// user curates, newest first, in one keyset-paginated list that spans the three tables.

/** Like commentSelect, but across courses: "is an instructor" is decided per row's course. */
export const queueCommentSelect = {
  ...commentSelect(""),
  courseId: true,
  author: {
    select: {
      id: true,
      name: true,
      avatarUrl: true,
      memberships: { where: { role: "INSTRUCTOR" }, select: { role: true, courseId: true } },
    },
  },
  course: { select: { id: true, slug: true, title: true } },
  article: { select: { id: true, slug: true, title: true } },
} satisfies Prisma.CommentSelect;

export type QueueCommentRow = Prisma.CommentGetPayload<{ select: typeof queueCommentSelect }>;

const ownCourseOnly = <T extends { memberships: Array<{ courseId: string }> }>(author: T, courseId: string): T => ({
  ...author,
  memberships: author.memberships.filter((m) => m.courseId === courseId),
});

/** A pending comment as the queue lists it. */
export const toQueueCommentItem = (c: QueueCommentRow): QueueCommentItem => ({
  kind: "comment",
  id: c.id,
  createdAt: c.createdAt.toISOString(),
  ...context(c),
});

function context(c: QueueCommentRow) {
  return {
    course: c.course,
    article: { id: c.article.id, title: c.article.title, href: articleHref(c.course.slug, c.article.slug) },
    comment: toCommentDTO({ ...c, author: ownCourseOnly(c.author, c.courseId) }),
  };
}

const reportSelect = {
  id: true,
  reason: true,
  createdAt: true,
  courseId: true,
  reporter: { select: { id: true, name: true } },
  comment: { select: queueCommentSelect },
  reply: {
    select: {
      id: true,
      body: true,
      isAuthorReply: true,
      hiddenAt: true,
      createdAt: true,
      author: queueCommentSelect.author,
      comment: { select: queueCommentSelect },
    },
  },
} satisfies Prisma.ReportSelect;

type ReportRow = Prisma.ReportGetPayload<{ select: typeof reportSelect }>;

function toReportItem(r: ReportRow): QueueItemDTO | null {
  const comment = r.comment ?? r.reply?.comment;
  if (!comment) return null;
  return {
    kind: "report",
    id: r.id,
    createdAt: r.createdAt.toISOString(),
    reason: r.reason,
    reporter: r.reporter,
    target: r.reply ? "reply" : "comment",
    reply: r.reply && {
      id: r.reply.id,
      body: r.reply.body,
      author: toAuthorDTO(ownCourseOnly(r.reply.author, r.courseId)),
      isAuthorReply: r.reply.isAuthorReply,
      isHidden: r.reply.hiddenAt !== null,
      createdAt: r.reply.createdAt.toISOString(),
    },
    ...context(comment),
  };
}

const pendingReplySelect = {
  id: true,
  body: true,
  createdAt: true,
  updatedAt: true,
  author: queueCommentSelect.author,
  comment: { select: queueCommentSelect },
} satisfies Prisma.ReplySelect;

type PendingReplyRow = Prisma.ReplyGetPayload<{ select: typeof pendingReplySelect }>;

/** A reply awaiting curation, with the comment it answers as its context. */
const toQueueReplyItem = (r: PendingReplyRow): QueueReplyItem => ({
  kind: "reply",
  id: r.id,
  createdAt: r.createdAt.toISOString(),
  reply: {
    id: r.id,
    body: r.body,
    author: toAuthorDTO(ownCourseOnly(r.author, r.comment.courseId)),
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  },
  ...context(r.comment),
});

const newestFirst = [{ createdAt: "desc" }, { id: "desc" }] as const;

function before(cursor: CommentCursor | null) {
  if (!cursor) return {};
  const createdAt = new Date(cursor.createdAt);
  return { OR: [{ createdAt: { lt: createdAt } }, { createdAt, id: { lt: cursor.id } }] };
}

function reportScope(scope: StudioScope): Prisma.ReportWhereInput {
  return {
    ...(scope.courseId && { courseId: scope.courseId }),
    ...(scope.articleId && {
      OR: [{ comment: { articleId: scope.articleId } }, { reply: { comment: { articleId: scope.articleId } } }],
    }),
  };
}

/** One page of the queue of `user`'s courses (optionally one course or article). */
export async function listQueue(user: CurrentUser, q: QueueQuery): Promise<QueuePage> {
  const scope = await studioScope(user, q);
  const cursor = decodeCursor(q.cursor);
  const take = q.limit + 1;
  const [comments, replies, reports] = await Promise.all([
    q.kind !== "all" && q.kind !== "comments"
      ? []
      : db.comment.findMany({
          where: { ...scope, status: "PENDING", deletedAt: null, ...before(cursor) },
          orderBy: [...newestFirst],
          take,
          select: queueCommentSelect,
        }),
    q.kind !== "all" && q.kind !== "replies"
      ? []
      : db.reply.findMany({
          where: { status: "PENDING", hiddenAt: null, deletedAt: null, comment: scope, ...before(cursor) },
          orderBy: [...newestFirst],
          take,
          select: pendingReplySelect,
        }),
    q.kind !== "all" && q.kind !== "reports"
      ? []
      : db.report.findMany({
          where: { AND: [reportScope(scope), { status: "OPEN" }, before(cursor)] },
          orderBy: [...newestFirst],
          take,
          select: reportSelect,
        }),
  ]);
  const merged = [
    ...comments.map(toQueueCommentItem),
    ...replies.map(toQueueReplyItem),
    ...reports.map(toReportItem).filter((r): r is QueueItemDTO => r !== null),
  ].sort((a, b) => (a.createdAt === b.createdAt ? (a.id < b.id ? 1 : -1) : a.createdAt < b.createdAt ? 1 : -1));
  const items = merged.slice(0, q.limit);
  const last = items.at(-1);
  const hasMore = comments.length + replies.length + reports.length > q.limit;
  return { items, nextCursor: hasMore && last ? encodeCursor({ createdAt: last.createdAt, id: last.id }) : null };
}

/**
 * Features or hides many comments at once. Each comment is authorized by its own course
 * (through curateComment), so one foreign id fails alone and changes nothing of its own.
 */
export async function bulkCurate(user: CurrentUser, input: BulkCurationInput): Promise<BulkResultDTO> {
  const status = input.action === "feature" ? "featured" : "hidden";
  const results: BulkResultDTO["results"] = [];
  for (const id of new Set(input.commentIds)) {
    try {
      const comment = await curateComment(user, id, { status, seenUpdatedAt: input.seen?.[id] });
      results.push({ id, ok: true, status: comment.status });
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      results.push({ id, ok: false, error: { code: err.code, message: err.message } });
    }
  }
  return { results };
}
