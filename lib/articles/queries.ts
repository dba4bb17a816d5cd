import "server-only";
import type { CurrentUser } from "@/lib/auth/session";
import { getCourseAccess } from "@/lib/courses/access";
import type { CoursePermissions } from "@/lib/courses/policy";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

export type ArticleDTO = {
  id: string;
  course: { id: string; slug: string; title: string };
  slug: string;
  kind: "lesson" | "essay";
  status: "draft" | "submitted" | "published" | "returned";
  title: string;
  body: string;
  author: { id: string; name: string; avatarUrl: string | null };
  publishedAt: string | null;
  updatedAt: string;
  featuredCommentCount: number;
};

export type ArticleContext = { article: ArticleDTO; access: CoursePermissions };

const articleSelect = {
  id: true,
  slug: true,
  kind: true,
  status: true,
  title: true,
  body: true,
  publishedAt: true,
  updatedAt: true,
  featuredCommentCount: true,
  course: { select: { id: true, slug: true, title: true } },
  author: { select: { id: true, name: true, avatarUrl: true } },
} as const;

/** Published articles are public; unpublished ones only to their author and the course's curators. */
export function canSeeArticle(viewer: CurrentUser | null, access: CoursePermissions, a: { status: string; authorId: string }) {
  return a.status === "PUBLISHED" || access.canCurate || (viewer !== null && viewer.id === a.authorId);
}

async function load(viewer: CurrentUser | null, where: { id: string } | { courseId_slug: { courseId: string; slug: string } }) {
  const row = await db.article.findUnique({ where, select: articleSelect });
  if (!row) throw new AppError("not_found", "Article not found.");
  const access = await getCourseAccess(viewer, row.course.id);
  if (!canSeeArticle(viewer, access, { status: row.status, authorId: row.author.id })) {
    throw new AppError("not_found", "Article not found.");
  }
  const article: ArticleDTO = {
    ...row,
    kind: row.kind === "LESSON" ? "lesson" : "essay",
    status: row.status.toLowerCase() as ArticleDTO["status"],
    publishedAt: row.publishedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
  };
  return { article, access };
}

/** The article by id, if `viewer` may see it (404 otherwise, so existence does not leak). */
export const getArticle = (viewer: CurrentUser | null, id: string): Promise<ArticleContext> => load(viewer, { id });

/** The article by course and article slug, with the same rule as getArticle. */
export async function getArticleBySlugs(viewer: CurrentUser | null, courseSlug: string, slug: string): Promise<ArticleContext> {
  const course = await db.course.findUnique({ where: { slug: courseSlug }, select: { id: true } });
  if (!course) throw new AppError("not_found", "Article not found.");
  return load(viewer, { courseId_slug: { courseId: course.id, slug } });
}
