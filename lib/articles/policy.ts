import { curatedCoursesWhere, curatorSql, type CoursePermissions } from "@/lib/courses/policy";
import { Prisma, type Role } from "@/lib/generated/prisma/client";

// Who sees an article: the predicate, the Prisma filter and the SQL fragment of one rule
// (tests/courses/rules.test.ts holds them to one table of cases).

type Viewer = { id: string; role: Role } | null;

/**
 * An article is live once published and its publication time has come. A PUBLISHED lesson
 * with a future publishedAt is scheduled: no job flips it, readers' filters compare with now.
 */
export function isLive(a: { status: string; publishedAt: Date | string | null }, now = new Date()) {
  return a.status === "PUBLISHED" && a.publishedAt !== null && new Date(a.publishedAt) <= now;
}

/** The live articles, as a filter (the same rule as isLive). */
export const liveArticlesWhere = (now = new Date()): Prisma.ArticleWhereInput => ({
  status: "PUBLISHED",
  publishedAt: { lte: now },
});

/** SQL: whether the article aliased `a` is live. */
export function liveArticleSql(a: string, now = new Date()): Prisma.Sql {
  const col = (name: string) => Prisma.raw(`${a}.${name}`);
  return Prisma.sql`(${col("status")} = 'PUBLISHED' AND ${col("published_at")} <= ${now})`;
}

/** Live articles are public; the others (drafts, scheduled lessons) only to their author and the course's curators. */
export function canSeeArticle(
  viewer: { id: string } | null,
  access: CoursePermissions,
  a: { status: string; authorId: string; publishedAt: Date | string | null },
  now = new Date(),
) {
  return isLive(a, now) || access.canCurate || (viewer !== null && viewer.id === a.authorId);
}

/** The articles `viewer` may see, as a filter (the same rule as canSeeArticle). */
export function visibleArticlesWhere(viewer: Viewer, now = new Date()): Prisma.ArticleWhereInput {
  if (!viewer) return liveArticlesWhere(now);
  // NOTE: `{ course: {} }` (an admin's filter) inside OR matches nothing in Prisma 7; `is` keeps it "any course".
  return {
    OR: [liveArticlesWhere(now), { authorId: viewer.id }, { course: { is: curatedCoursesWhere(viewer) } }],
  };
}

/** SQL: whether `viewer` may see the article aliased `a` (its columns status, published_at, author_id, course_id). */
export function visibleArticleSql(viewer: Viewer, a: string, now = new Date()): Prisma.Sql {
  if (!viewer) return liveArticleSql(a, now);
  return Prisma.sql`(${liveArticleSql(a, now)} OR ${Prisma.raw(`${a}.author_id`)} = ${viewer.id}
    OR ${curatorSql(viewer, `${a}.course_id`)})`;
}
