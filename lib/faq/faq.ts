import { articleCacheNamespace, getDiscussedArticle, type DiscussedArticleContext } from "@/lib/articles/queries";
import type { CurrentUser } from "@/lib/auth/session";
import { cached } from "@/lib/cache";
import { LIVE_AUTHOR_REPLY_WHERE } from "@/lib/comments/answered";
import { commentSelect, toCommentDTO } from "@/lib/comments/queries";
import { replySelect, toReplyDTO } from "@/lib/comments/replies";
import type { PublicCommentDTO, ReplyDTO } from "@/lib/comments/schema";
import { OPEN_FOR_DISCUSSION_WHERE } from "@/lib/comments/visibility";
import { db } from "@/lib/db";
import type { AnsweredCommentDTO, FaqDTO } from "@/lib/faq/schema";
import type { Prisma } from "@/lib/generated/prisma/client";
import "server-only";

// An article's FAQ: featured, live comments an instructor marked (faqAt) that have a live
// author reply, in the order they were marked. "Answered" is decided here at read time, so an
// author reply hidden or deleted takes its comment out of the FAQ without touching the mark.

/** What makes a comment an FAQ entry, as a filter (featured, live, marked, answered). */
export const FAQ_WHERE = {
  ...OPEN_FOR_DISCUSSION_WHERE,
  faqAt: { not: null },
  replies: { some: LIVE_AUTHOR_REPLY_WHERE },
} satisfies Prisma.CommentWhereInput;

/** What everyone may see of a comment: curators' notes stay out of shared entries. */
const shared = (c: PublicCommentDTO): PublicCommentDTO => ({ ...c, heldReason: null, likedByMe: false });

/** The first live author reply of each comment, in two queries whatever their number. */
export async function firstAuthorReplies(courseId: string, commentIds: string[]): Promise<Map<string, ReplyDTO>> {
  if (commentIds.length === 0) return new Map();
  const replies = await db.reply.findMany({
    where: { commentId: { in: commentIds }, ...LIVE_AUTHOR_REPLY_WHERE },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: replySelect(courseId),
  });
  const first = new Map<string, ReplyDTO>();
  for (const r of replies) if (!first.has(r.commentId)) first.set(r.commentId, toReplyDTO(r));
  return first;
}

/** Comments (already read with commentSelect) paired with their first author reply; unanswered ones drop out. */
export async function withAuthorReplies(
  courseId: string,
  rows: Parameters<typeof toCommentDTO>[0][],
): Promise<AnsweredCommentDTO[]> {
  const answers = await firstAuthorReplies(
    courseId,
    rows.map((r) => r.id),
  );
  return rows.flatMap((r) => {
    const authorReply = answers.get(r.id);
    return authorReply ? [{ comment: shared(toCommentDTO(r)), authorReply }] : [];
  });
}

/** The FAQ entries of several articles of one course, by article (no query per entry). */
export async function loadFaqs(courseId: string, articleIds: string[]): Promise<Map<string, AnsweredCommentDTO[]>> {
  const rows = articleIds.length
    ? await db.comment.findMany({
        where: { articleId: { in: articleIds }, ...FAQ_WHERE },
        orderBy: [{ faqAt: "asc" }, { id: "asc" }],
        select: commentSelect(courseId),
      })
    : [];
  const byArticle = new Map<string, AnsweredCommentDTO[]>();
  for (const entry of await withAuthorReplies(courseId, rows)) {
    const list = byArticle.get(entry.comment.articleId) ?? [];
    list.push(entry);
    byArticle.set(entry.comment.articleId, list);
  }
  return byArticle;
}

// Shared by every reader, in the article's namespace: curation, replies and deletes invalidate it.
const FAQ_TTL_MS = 10_000;

/** The FAQ of an article the reader may discuss (the article page has it at hand). */
export function listDiscussedFaq({ article }: DiscussedArticleContext): Promise<FaqDTO> {
  return cached(articleCacheNamespace(article.id), "faq", FAQ_TTL_MS, async () => ({
    items: (await loadFaqs(article.course.id, [article.id])).get(article.id) ?? [],
  }));
}

/**
 * An article's FAQ for anyone who may read its discussion: 404 when they may not see the
 * article, 403 on a lesson locked for them (the same answers as its comments).
 */
export async function listFaq(viewer: CurrentUser | null, articleId: string): Promise<FaqDTO> {
  return listDiscussedFaq(await getDiscussedArticle(viewer, articleId));
}
