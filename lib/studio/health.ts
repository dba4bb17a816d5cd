import type { CurrentUser } from "@/lib/auth/session";
import { commentAnchor } from "@/lib/comments/anchor";
import { unansweredQuestionSql } from "@/lib/comments/answered";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { getCuratedCourse } from "@/lib/studio/access";
import { HEALTH_OVERDUE_HOURS, HEALTH_WORK_DAYS, type HealthDTO } from "@/lib/studio/health-schema";
import { articleHref } from "@/lib/studio/schema";
import { clip } from "@/lib/text";
import "server-only";

// Curation health: is the course's discussion being tended well and fairly? Each figure is one
// SQL aggregate keyed by course_id (no per-row queries). The definitions, which the page's
// one-liners repeat:
// - timeToFeatureHours: over the course's live comments ever featured (featured_at set), hours
//   from written to featured; p50/p90 by percentile_cont (linear interpolation); null when none.
// - pendingOver48h: live pending comments plus pending replies (not hidden or deleted, on a live
//   comment) written more than 48 hours ago.
// - learnersFeaturedShare: commenting learners are the distinct authors of the course's live
//   comments who are not its instructors; the share of them with a comment ever featured.
// - featureGini: the Gini coefficient of ever-featured comments per commenting learner, zeros
//   included (0: evenly spread; toward 1: a few learners get every feature).
// - unansweredFeatured: live featured questions (lib/comments/question.ts) without a live author
//   reply (lib/comments/answered.ts).
// - perInstructor: curation actions in the audit log over the last 90 days, by instructors of
//   the course and admins (featuring/hiding, linking to an answer, settling reports, reply moderation).

/** The audit actions that are curation work; every `reply.*` action counts too. */
const CURATION_ACTIONS = ["comment.curate", "comment.link", "comment.faq", "report.resolve", "report.dismiss"];
const SAMPLE = 10;

const EXCERPT_LENGTH = 140;

/** The curation health of the course `slug`: 404 if unknown, 403 unless `user` curates it. */
export async function getCourseHealth(user: CurrentUser, slug: string): Promise<HealthDTO> {
  const course = await getCuratedCourse(user, slug);
  const overdue = Prisma.sql`now() - make_interval(hours => ${HEALTH_OVERDUE_HOURS})`;
  const [timing, pending, learners, unanswered, work] = await Promise.all([
    db.$queryRaw<{ p50: number | null; p90: number | null; n: number }[]>`
      WITH waits AS (
        SELECT extract(epoch FROM featured_at - created_at) / 3600.0 AS hours
        FROM comments
        WHERE course_id = ${course.id} AND featured_at IS NOT NULL AND deleted_at IS NULL)
      SELECT (percentile_cont(0.5) WITHIN GROUP (ORDER BY hours))::float8 AS p50,
             (percentile_cont(0.9) WITHIN GROUP (ORDER BY hours))::float8 AS p90,
             count(*)::int AS n
      FROM waits`,
    db.$queryRaw<{ comments: number; replies: number }[]>`
      SELECT
        (SELECT count(*)::int FROM comments
         WHERE course_id = ${course.id} AND status = 'PENDING' AND deleted_at IS NULL AND created_at < ${overdue}) AS comments,
        (SELECT count(*)::int FROM replies r JOIN comments c ON c.id = r.comment_id
         WHERE c.course_id = ${course.id} AND c.deleted_at IS NULL AND r.status = 'PENDING'
           AND r.hidden_at IS NULL AND r.deleted_at IS NULL AND r.created_at < ${overdue}) AS replies`,
    // Gini over x sorted ascending (i from 1): 2·Σ i·x_i / (n·Σ x) − (n + 1) / n.
    db.$queryRaw<
      { n: number; featured: number; f0: number; f1: number; f2: number; f3: number; gini: number | null }[]
    >`
      WITH per_learner AS (
        SELECT c.author_id, count(*) FILTER (WHERE c.featured_at IS NOT NULL) AS features
        FROM comments c
        WHERE c.course_id = ${course.id} AND c.deleted_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM course_members m
                          WHERE m.course_id = c.course_id AND m.user_id = c.author_id AND m.role = 'INSTRUCTOR')
        GROUP BY c.author_id),
      ranked AS (SELECT features, row_number() OVER (ORDER BY features) AS i FROM per_learner)
      SELECT count(*)::int AS n,
             (count(*) FILTER (WHERE features > 0))::int AS featured,
             (count(*) FILTER (WHERE features = 0))::int AS f0,
             (count(*) FILTER (WHERE features = 1))::int AS f1,
             (count(*) FILTER (WHERE features = 2))::int AS f2,
             (count(*) FILTER (WHERE features >= 3))::int AS f3,
             CASE WHEN sum(features) > 0
               THEN (2 * sum(i * features)::float8 / (count(*) * sum(features)) - (count(*) + 1)::float8 / count(*))
             END AS gini
      FROM ranked`,
    db.$queryRaw<{ id: string; body: string; name: string; featured_at: Date | null; slug: string; total: number }[]>`
      SELECT c.id, c.body, u.name, c.featured_at, a.slug, (count(*) OVER ())::int AS total
      FROM comments c JOIN users u ON u.id = c.author_id JOIN articles a ON a.id = c.article_id
      WHERE c.course_id = ${course.id} AND ${Prisma.raw(unansweredQuestionSql("c"))}
      ORDER BY c.featured_at ASC NULLS FIRST, c.id
      LIMIT ${SAMPLE}`,
    db.$queryRaw<{ id: string; name: string; actions: number }[]>`
      SELECT u.id, u.name, count(*)::int AS actions
      FROM audit_events e JOIN users u ON u.id = e.actor_id
      WHERE e.course_id = ${course.id}
        AND (e.action = ANY(${CURATION_ACTIONS}::text[]) OR e.action LIKE 'reply.%')
        AND e.created_at >= now() - make_interval(days => ${HEALTH_WORK_DAYS})
        AND (u.role = 'ADMIN' OR EXISTS (SELECT 1 FROM course_members m
             WHERE m.course_id = e.course_id AND m.user_id = u.id AND m.role = 'INSTRUCTOR'))
      GROUP BY u.id, u.name
      ORDER BY count(*) DESC, u.name`,
  ]);

  const t = timing[0];
  const p = pending[0] ?? { comments: 0, replies: 0 };
  const l = learners[0] ?? { n: 0, featured: 0, f0: 0, f1: 0, f2: 0, f3: 0, gini: null };
  const totalActions = work.reduce((sum, w) => sum + w.actions, 0);
  return {
    course,
    timeToFeatureHours: { p50: t?.p50 ?? null, p90: t?.p90 ?? null, sampleSize: t?.n ?? 0 },
    pendingOver48h: p.comments + p.replies,
    pendingOver48hParts: p,
    learnersFeaturedShare: l.n > 0 ? l.featured / l.n : null,
    commentingLearners: l.n,
    featuredLearners: l.featured,
    featureGini: l.gini,
    featureSpread: [
      { features: "0", learners: l.f0 },
      { features: "1", learners: l.f1 },
      { features: "2", learners: l.f2 },
      { features: "3+", learners: l.f3 },
    ],
    unansweredFeatured: unanswered[0]?.total ?? 0,
    unansweredSample: unanswered.map((c) => ({
      id: c.id,
      excerpt: clip(c.body, EXCERPT_LENGTH),
      authorName: c.name,
      featuredAt: (c.featured_at ?? new Date(0)).toISOString(),
      href: `${articleHref(course.slug, c.slug)}#${commentAnchor(c.id)}`,
    })),
    perInstructor: work.map((w) => ({ ...w, share: w.actions / totalActions })),
  };
}
