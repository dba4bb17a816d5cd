import type { CurrentUser } from "@/lib/auth/session";
import { OPEN_FOR_DISCUSSION_WHERE } from "@/lib/comments/visibility";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { getCuratedCourse } from "@/lib/studio/access";
import { articleHref, TIME_TO_FEATURE_BUCKETS, type AnalyticsDTO, type TimeToFeatureBucket } from "@/lib/studio/schema";
import { clip } from "@/lib/text";
import "server-only";

// A course's discussion in numbers, for its curators. Every query is keyed by course_id,
// which the composite indexes lead with, so a course's analytics never scan another's rows.

/** Days are counted in the viewer's time zone (lib/i18n/request.ts); this one when none is given. */
export const ANALYTICS_TIME_ZONE = "Asia/Shanghai";
export const ANALYTICS_DAYS = 30;
const TOP = 10;

const EXCERPT_LENGTH = 120;

/** Analytics of the course `slug`, by day in `tz`: 404 if unknown, 403 unless `user` curates it. */
export async function getCourseAnalytics(
  user: CurrentUser,
  slug: string,
  tz = ANALYTICS_TIME_ZONE,
): Promise<AnalyticsDTO> {
  const course = await getCuratedCourse(user, slug);
  const days = ANALYTICS_DAYS - 1;
  const today = Prisma.sql`(now() AT TIME ZONE ${tz})::date`;
  // The window's first instant: midnight 29 days ago in that zone, as stored (UTC, no zone).
  const start = Prisma.sql`(((${today} - ${days}::int)::timestamp AT TIME ZONE ${tz}) AT TIME ZONE 'UTC')`;

  const [perDay, timing, pending, openReports, topLiked, learners] = await Promise.all([
    db.$queryRaw<{ date: string; all: number; featured: number }[]>`
      WITH per_day AS (
        SELECT (created_at AT TIME ZONE 'UTC' AT TIME ZONE ${tz})::date AS day,
               count(*)::int AS total,
               (count(*) FILTER (WHERE status = 'FEATURED'))::int AS featured
        FROM comments
        WHERE course_id = ${course.id} AND deleted_at IS NULL AND created_at >= ${start}
        GROUP BY 1)
      SELECT to_char(d.day, 'YYYY-MM-DD') AS date, COALESCE(p.total, 0) AS "all", COALESCE(p.featured, 0) AS featured
      FROM generate_series((${today} - ${days}::int)::timestamp, ${today}::timestamp, interval '1 day') AS d(day)
      LEFT JOIN per_day p ON p.day = d.day::date
      ORDER BY d.day`,
    db.$queryRaw<
      {
        median: number | null;
        n: number;
        under1h: number;
        "1to6h": number;
        "6to24h": number;
        "1to3d": number;
        over3d: number;
      }[]
    >`
      WITH waits AS (
        SELECT extract(epoch FROM featured_at - created_at) / 3600.0 AS hours
        FROM comments
        WHERE course_id = ${course.id} AND status = 'FEATURED' AND featured_at IS NOT NULL AND created_at >= ${start})
      SELECT (percentile_cont(0.5) WITHIN GROUP (ORDER BY hours))::float8 AS median,
             count(*)::int AS n,
             (count(*) FILTER (WHERE hours < 1))::int AS under1h,
             (count(*) FILTER (WHERE hours >= 1 AND hours < 6))::int AS "1to6h",
             (count(*) FILTER (WHERE hours >= 6 AND hours < 24))::int AS "6to24h",
             (count(*) FILTER (WHERE hours >= 24 AND hours < 72))::int AS "1to3d",
             (count(*) FILTER (WHERE hours >= 72))::int AS over3d
      FROM waits`,
    db.comment.count({ where: { courseId: course.id, status: "PENDING", deletedAt: null } }),
    db.report.count({ where: { courseId: course.id, status: "OPEN" } }),
    db.comment.findMany({
      where: { courseId: course.id, ...OPEN_FOR_DISCUSSION_WHERE, likeCount: { gt: 0 } },
      orderBy: [{ likeCount: "desc" }, { createdAt: "desc" }, { id: "desc" }],
      take: TOP,
      select: {
        id: true,
        body: true,
        likeCount: true,
        replyCount: true,
        author: { select: { name: true } },
        article: { select: { id: true, slug: true, title: true } },
      },
    }),
    // Learners (not the course's instructors), by comments and replies in the window.
    db.$queryRaw<{ id: string; name: string; comments: number; featured: number; replies: number }[]>`
      WITH activity AS (
        SELECT author_id, count(*) AS comments, count(*) FILTER (WHERE status = 'FEATURED') AS featured, 0::bigint AS replies
        FROM comments
        WHERE course_id = ${course.id} AND deleted_at IS NULL AND created_at >= ${start}
        GROUP BY author_id
        UNION ALL
        SELECT r.author_id, 0, 0, count(*)
        FROM replies r JOIN comments c ON c.id = r.comment_id
        WHERE c.course_id = ${course.id} AND r.deleted_at IS NULL AND r.hidden_at IS NULL AND r.created_at >= ${start}
        GROUP BY r.author_id)
      SELECT u.id, u.name, sum(a.comments)::int AS comments, sum(a.featured)::int AS featured, sum(a.replies)::int AS replies
      FROM activity a
      JOIN users u ON u.id = a.author_id
      JOIN course_members m ON m.course_id = ${course.id} AND m.user_id = a.author_id AND m.role = 'LEARNER'
      GROUP BY u.id, u.name
      ORDER BY sum(a.comments) + sum(a.replies) DESC, sum(a.featured) DESC, u.name
      LIMIT ${TOP}`,
  ]);

  const t = timing[0];
  return {
    course,
    timeZone: tz,
    days: perDay,
    totals: {
      comments: perDay.reduce((sum, d) => sum + d.all, 0),
      featured: perDay.reduce((sum, d) => sum + d.featured, 0),
      pending,
      openReports,
    },
    timeToFeature: {
      medianHours: t?.median ?? null,
      sampleSize: t?.n ?? 0,
      buckets: TIME_TO_FEATURE_BUCKETS.map((bucket: TimeToFeatureBucket) => ({ bucket, count: t?.[bucket] ?? 0 })),
    },
    topLiked: topLiked.map((c) => ({
      id: c.id,
      excerpt: clip(c.body, EXCERPT_LENGTH),
      authorName: c.author.name,
      likeCount: c.likeCount,
      replyCount: c.replyCount,
      article: { id: c.article.id, title: c.article.title, href: articleHref(course.slug, c.article.slug) },
    })),
    activeLearners: learners,
  };
}
