import { curatedCoursesWhere, curatorSql, type CoursePermissions } from "@/lib/courses/policy";
import { Prisma, type Role } from "@/lib/generated/prisma/client";

// Who sees an article: the predicate, the Prisma filter and the SQL fragment of one rule
// (tests/courses/rules.test.ts holds them to one table of cases).

type Viewer = { id: string; role: Role } | null;

/** Published articles are public; unpublished ones only to their author and the course's curators. */
export function canSeeArticle(
  viewer: { id: string } | null,
  access: CoursePermissions,
  a: { status: string; authorId: string },
) {
  return a.status === "PUBLISHED" || access.canCurate || (viewer !== null && viewer.id === a.authorId);
}

/** The articles `viewer` may see, as a filter (the same rule as canSeeArticle). */
export function visibleArticlesWhere(viewer: Viewer): Prisma.ArticleWhereInput {
  if (!viewer) return { status: "PUBLISHED" };
  // NOTE: `{ course: {} }` (an admin's filter) inside OR matches nothing in Prisma 7; `is` keeps it "any course".
  return { OR: [{ status: "PUBLISHED" }, { authorId: viewer.id }, { course: { is: curatedCoursesWhere(viewer) } }] };
}

/** SQL: whether `viewer` may see the article aliased `a` (its columns `a.status`, `a.author_id`, `a.course_id`). */
export function visibleArticleSql(viewer: Viewer, a: string): Prisma.Sql {
  const col = (name: string) => Prisma.raw(`${a}.${name}`);
  if (!viewer) return Prisma.sql`${col("status")} = 'PUBLISHED'`;
  return Prisma.sql`(${col("status")} = 'PUBLISHED' OR ${col("author_id")} = ${viewer.id}
    OR ${curatorSql(viewer, `${a}.course_id`)})`;
}
