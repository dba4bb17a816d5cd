import { liveArticlesWhere } from "@/lib/articles/policy";
import { articleCacheNamespace, getDiscussedArticle } from "@/lib/articles/queries";
import type { CurrentUser } from "@/lib/auth/session";
import { cached } from "@/lib/cache";
import { commentAnchor } from "@/lib/comments/anchor";
import { commentSelect, forViewer, likedByViewer, toCommentDTO } from "@/lib/comments/queries";
import { replySelect, toReplyDTO } from "@/lib/comments/replies";
import type { PublicCommentDTO, ReplyDTO } from "@/lib/comments/schema";
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
import type { Match } from "@/lib/similarity/suggestion-index";
import "server-only";

// The answered questions a learner is shown while writing a comment. The suggestion index knows
// which questions are answered; each one's public face (the comment and the instructor's answer)
// comes from the shared cache of its article's discussion, which curation, replies and likes
// invalidate; what this reader may open is decided here, per request: lesson locks are per reader.

/** More candidates than shown, so those this reader may not open can drop out. */
const CANDIDATES = 10;
const ANSWERED_TTL_MS = 30_000;

type Answered = { comment: PublicCommentDTO; authorReply: ReplyDTO; articleSlug: string; isLesson: boolean };

/** An answered question as every reader sees it, or null when it is no longer one (the index may lag a second). */
function answeredQuestion(courseId: string, match: Match): Promise<Answered | null> {
  return cached(articleCacheNamespace(match.articleId), `answered:${match.id}`, ANSWERED_TTL_MS, async () => {
    const [row, reply] = await Promise.all([
      db.comment.findFirst({
        where: { id: match.id, courseId, ...OPEN_FOR_DISCUSSION_WHERE, article: liveArticlesWhere() },
        select: { ...commentSelect(courseId), article: { select: { slug: true, kind: true } } },
      }),
      db.reply.findFirst({
        where: { commentId: match.id, isAuthorReply: true, hiddenAt: null, deletedAt: null },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: replySelect(courseId),
      }),
    ]);
    if (!row || !reply) return null;
    return {
      comment: toCommentDTO(row),
      authorReply: toReplyDTO(reply),
      articleSlug: row.article.slug,
      isLesson: row.article.kind === "LESSON",
    };
  });
}

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
  const [answered, { course }] = await Promise.all([
    Promise.all(matches.map((m) => answeredQuestion(courseId, m))),
    readCourseAccess(viewer, courseId),
  ]);
  const readable = await Promise.all(
    matches.map(async (m, i) => {
      const a = answered[i];
      return !!a && !(await isLockedFor(access, course, { id: m.articleId, courseId, isLesson: a.isLesson }));
    }),
  );
  const chosen = matches
    .map((m, i) => ({ match: m, answered: answered[i]! }))
    .filter((_, i) => readable[i])
    .slice(0, SIMILAR_MAX_ITEMS);
  const liked = await likedByViewer(
    viewer,
    chosen.map((c) => c.match.id),
  );
  const items = chosen.map(({ match, answered: a }): SimilarQuestionDTO => ({
    comment: forViewer({ ...a.comment, likedByMe: liked.has(match.id) }, viewer, access),
    authorReply: a.authorReply,
    score: Math.round(match.score * 1000) / 1000,
    href: `/courses/${article.course.slug}/articles/${a.articleSlug}#${commentAnchor(match.id)}`,
  }));
  return { items };
}
