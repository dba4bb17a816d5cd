import type { CurrentUser } from "@/lib/auth/session";
import { answeredSql } from "@/lib/comments/answered";
import { commentSelect, toCommentDTO } from "@/lib/comments/queries";
import { isQuestionSql } from "@/lib/comments/question";
import type { PublicCommentDTO } from "@/lib/comments/schema";
import { openForDiscussionSql } from "@/lib/comments/visibility";
import { readCourseAccess } from "@/lib/courses/access";
import { courseOrder, getCourseOutline } from "@/lib/courses/outline";
import { isLessonLocked } from "@/lib/courses/policy";
import { db, sqlRows } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { loadFaqs, withAuthorReplies } from "@/lib/faq/faq";
import { Prisma } from "@/lib/generated/prisma/client";
import { RECAP_TOP_ANSWERED, RECAP_UNANSWERED, type RecapDTO, type RecapLessonDTO } from "@/lib/recap/schema";
import "server-only";

// The chapter recap reads a fixed number of queries whatever the chapter holds: the outline,
// the FAQ entries, the ids of the top answered and unanswered comments (ranked per lesson in
// SQL), those comments, and their author replies.

type Ranked = { id: string; kind: "answered" | "unanswered" };

/** Per lesson, the most liked featured comments with an author reply (not FAQ) and the unanswered questions. */
function rankedIds(articleIds: string[]): Promise<Ranked[]> {
  return sqlRows<Ranked>(Prisma.sql`
    SELECT id, kind FROM (
      SELECT c.id, k.kind, row_number() OVER (
        PARTITION BY c.article_id, k.kind ORDER BY c.like_count DESC, c.created_at DESC, c.id DESC) AS n
      FROM comments c
      CROSS JOIN LATERAL (SELECT CASE WHEN ${Prisma.raw(answeredSql("c"))} THEN 'answered' ELSE 'unanswered' END AS kind) k
      WHERE c.article_id = ANY(${articleIds}) AND ${Prisma.raw(openForDiscussionSql("c"))}
        AND ((k.kind = 'answered' AND c.faq_at IS NULL) OR (k.kind = 'unanswered' AND ${Prisma.raw(isQuestionSql("c"))}))
    ) ranked
    WHERE (kind = 'answered' AND n <= ${RECAP_TOP_ANSWERED}) OR (kind = 'unanswered' AND n <= ${RECAP_UNANSWERED})`);
}

/**
 * The recap of a chapter for `viewer`: anyone, for the chapter's live lessons in course order;
 * a lesson locked for them keeps its title and loses its discussion. 404 for an unknown course
 * or a chapter of another course.
 */
export async function getChapterRecap(viewer: CurrentUser | null, courseSlug: string, chapterId: string) {
  const course = await db.course.findUnique({ where: { slug: courseSlug }, select: { id: true, title: true } });
  if (!course) throw new AppError("not_found", "Course not found.");
  const [{ access, course: facts }, outline] = await Promise.all([
    readCourseAccess(viewer, course.id),
    getCourseOutline(course.id, { includeUnpublished: false }),
  ]);
  const chapter = outline.chapters.find((c) => c.id === chapterId);
  if (!chapter) throw new AppError("not_found", "Chapter not found.");
  const ordinals = new Map(courseOrder(outline).map((l, i) => [l.id, i]));
  const lessons = chapter.lessons.map((l) => ({ ...l, locked: isLessonLocked(access, facts, ordinals.get(l.id)!) }));
  const readable = lessons.filter((l) => !l.locked).map((l) => l.id);

  const [faqs, ranked] = await Promise.all([loadFaqs(course.id, readable), readable.length ? rankedIds(readable) : []]);
  const rows = ranked.length
    ? await db.comment.findMany({
        where: { id: { in: ranked.map((r) => r.id) } },
        orderBy: [{ likeCount: "desc" }, { createdAt: "desc" }, { id: "desc" }],
        select: commentSelect(course.id),
      })
    : [];
  const isAnswered = new Set(ranked.filter((r) => r.kind === "answered").map((r) => r.id));
  const answered = await withAuthorReplies(
    course.id,
    rows.filter((r) => isAnswered.has(r.id)),
  );
  const unanswered = rows
    .filter((r) => !isAnswered.has(r.id))
    .map((r): PublicCommentDTO => ({ ...toCommentDTO(r), heldReason: null }));

  return {
    course: { slug: courseSlug, title: course.title },
    chapter: { id: chapter.id, title: chapter.title },
    lessons: lessons.map((l): RecapLessonDTO => ({
      id: l.id,
      slug: l.slug,
      title: l.title,
      href: `/courses/${courseSlug}/articles/${l.slug}`,
      locked: l.locked,
      faq: faqs.get(l.id) ?? [],
      topAnswered: answered.filter((e) => e.comment.articleId === l.id),
      unanswered: unanswered.filter((c) => c.articleId === l.id),
    })),
  } satisfies RecapDTO;
}
