import { liveArticlesWhere } from "@/lib/articles/policy";
import { getDiscussedArticle } from "@/lib/articles/queries";
import type { CurrentUser } from "@/lib/auth/session";
import { commentAnchor } from "@/lib/comments/anchor";
import { commentSelect, forViewer, likedByViewer, toCommentDTO } from "@/lib/comments/queries";
import { PUBLIC_REPLY_WHERE, replySelect, toReplyDTO } from "@/lib/comments/replies";
import type { ReplyDTO } from "@/lib/comments/schema";
import {
  SIMILAR_MAX_ITEMS,
  type SimilarQuestionDTO,
  type SimilarQuestionsDTO,
  type SimilarQuestionsQuery,
} from "@/lib/comments/similar-schema";
import { OPEN_FOR_DISCUSSION_WHERE } from "@/lib/comments/visibility";
import { readCourseAccess } from "@/lib/courses/access";
import { isLockedFor } from "@/lib/courses/lesson-lock";
import { db } from "@/lib/db";
import { findSimilarQuestions } from "@/lib/similarity/similar-questions";
import "server-only";

// The answered questions a learner is shown while writing a comment. The suggestion index knows
// which questions are answered; what this reader may open is decided here, per request: the
// index is the course's, shared by every reader, and lesson locks are per reader.

/** More candidates than shown, so those this reader may not open can drop out. */
const CANDIDATES = 6;

/**
 * Answered questions of the article's course that ask what `q` asks, for anyone who reads the
 * article's discussion (404 when they may not see it, 403 on a lesson locked for them). Only
 * comments on live articles this reader may open, each with the instructor's answer.
 */
export async function findAnsweredQuestions(
  viewer: CurrentUser | null,
  articleId: string,
  { q }: SimilarQuestionsQuery,
): Promise<SimilarQuestionsDTO> {
  const { article, access } = await getDiscussedArticle(viewer, articleId);
  if (!q) return { items: [] };
  const courseId = article.course.id;
  const matches = await findSimilarQuestions(courseId, q, CANDIDATES);
  if (matches.length === 0) return { items: [] };
  const ids = matches.map((m) => m.id);
  // Read again rather than trust the index: it may lag a curation by a second.
  const [rows, replies, { course }] = await Promise.all([
    db.comment.findMany({
      where: { id: { in: ids }, courseId, ...OPEN_FOR_DISCUSSION_WHERE, article: liveArticlesWhere() },
      select: { ...commentSelect(courseId), article: { select: { slug: true, kind: true } } },
    }),
    db.reply.findMany({
      where: { commentId: { in: ids }, isAuthorReply: true, ...PUBLIC_REPLY_WHERE },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: replySelect(courseId),
    }),
    readCourseAccess(viewer, courseId),
  ]);
  const firstAnswer = new Map<string, ReplyDTO>();
  for (const r of replies) if (!firstAnswer.has(r.commentId)) firstAnswer.set(r.commentId, toReplyDTO(r));

  const articleIds = [...new Set(rows.map((r) => r.articleId))];
  const locked = await Promise.all(
    articleIds.map((id) =>
      isLockedFor(access, course, {
        id,
        courseId,
        isLesson: rows.find((r) => r.articleId === id)?.article.kind === "LESSON",
      }),
    ),
  );
  const readable = new Set(articleIds.filter((_, i) => !locked[i]));
  const byId = new Map(rows.map((r) => [r.id, r]));
  const chosen = matches
    .filter((m) => byId.has(m.id) && firstAnswer.has(m.id) && readable.has(byId.get(m.id)!.articleId))
    .slice(0, SIMILAR_MAX_ITEMS);
  const liked = await likedByViewer(
    viewer,
    chosen.map((m) => m.id),
  );
  const items = chosen.map((m): SimilarQuestionDTO => {
    const row = byId.get(m.id)!;
    return {
      comment: forViewer(toCommentDTO(row, liked.has(row.id)), viewer, access),
      authorReply: firstAnswer.get(row.id)!,
      score: Math.round(m.score * 1000) / 1000,
      href: `/courses/${article.course.slug}/articles/${row.article.slug}#${commentAnchor(row.id)}`,
    };
  });
  return { items };
}
