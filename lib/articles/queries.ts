import { excerptOf } from "@/lib/articles/excerpt";
import { canSeeArticle } from "@/lib/articles/policy";
import type { CurrentUser } from "@/lib/auth/session";
import { cached } from "@/lib/cache";
import { readCourseAccess } from "@/lib/courses/access";
import { isLockedFor, LOCKED_MESSAGE } from "@/lib/courses/lesson-lock";
import type { CoursePermissions } from "@/lib/courses/policy";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import "server-only";

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

/**
 * An article as one reader gets it: in full, or, for a lesson locked to them, without its body
 * and with the excerpt a non-member may read.
 */
export type ReaderArticleDTO =
  (ArticleDTO & { locked: false }) | (Omit<ArticleDTO, "body"> & { locked: true; excerpt: string });

export type ArticleContext = { article: ReaderArticleDTO; access: CoursePermissions };
/** An article whose discussion the reader may take part in (not locked for them). */
export type DiscussedArticleContext = { article: ArticleDTO & { locked: false }; access: CoursePermissions };

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

/** An article's cached rows (itself, its comment lists) share this namespace; every change invalidates it. */
export const articleCacheNamespace = (articleId: string) => `article:${articleId}`;
const ARTICLE_TTL_MS = 10_000;

type ArticleRow = Prisma.ArticleGetPayload<{ select: typeof articleSelect }>;

const toArticleDTO = (row: ArticleRow): ArticleDTO => ({
  ...row,
  kind: row.kind === "LESSON" ? "lesson" : "essay",
  status: row.status.toLowerCase() as ArticleDTO["status"],
  publishedAt: row.publishedAt?.toISOString() ?? null,
  updatedAt: row.updatedAt.toISOString(),
});

/** The article by id as everyone's DTO, from the shared cache (each reader of a hot article asks for it). */
function findArticle(id: string): Promise<ArticleDTO | null> {
  return cached(articleCacheNamespace(id), "article", ARTICLE_TTL_MS, async () => {
    const row = await db.article.findUnique({ where: { id }, select: articleSelect });
    return row && toArticleDTO(row);
  });
}

async function load(viewer: CurrentUser | null, id: string): Promise<ArticleContext> {
  const article = await findArticle(id);
  if (!article) throw new AppError("not_found", "Article not found.");
  const { access, course } = await readCourseAccess(viewer, article.course.id);
  if (
    !canSeeArticle(viewer, access, {
      status: article.status.toUpperCase(),
      authorId: article.author.id,
      publishedAt: article.publishedAt,
    })
  ) {
    throw new AppError("not_found", "Article not found.");
  }
  // Per reader, after the shared cache: the cached DTO is everyone's and never carries a lock.
  const locked = await isLockedFor(access, course, {
    id: article.id,
    courseId: article.course.id,
    isLesson: article.kind === "lesson",
  });
  return { article: locked ? lockedView(article) : { ...article, locked }, access };
}

function lockedView({ body, ...rest }: ArticleDTO): ReaderArticleDTO {
  return { ...rest, locked: true, excerpt: excerptOf(body) };
}

/** The article by id, if `viewer` may see it (404 otherwise, so existence does not leak). */
export const getArticle = (viewer: CurrentUser | null, id: string): Promise<ArticleContext> => load(viewer, id);

/** getArticle for the article's discussion: 403 when the lesson is locked for `viewer`. */
export async function getDiscussedArticle(viewer: CurrentUser | null, id: string): Promise<DiscussedArticleContext> {
  const { article, access } = await getArticle(viewer, id);
  if (article.locked) throw new AppError("forbidden", LOCKED_MESSAGE);
  return { article, access };
}

/** Which article a course slug and article slug name: slugs rarely change, so a short-lived shared entry. */
const SLUGS_NAMESPACE = "article-slugs";
const SLUGS_TTL_MS = 60_000;

/**
 * The article by course and article slug, with the same rule as getArticle. The slugs lead to
 * an id (shared cache), the id to the cached article; an entry that no longer matches (a slug
 * changed since) is read again from the database, so a stale entry never shows another article.
 */
export async function getArticleBySlugs(
  viewer: CurrentUser | null,
  courseSlug: string,
  slug: string,
): Promise<ArticleContext> {
  const id = await cached(SLUGS_NAMESPACE, `${courseSlug}/${slug}`, SLUGS_TTL_MS, () =>
    findArticleId(courseSlug, slug),
  );
  const found = id === null ? null : await findArticle(id);
  if (found && found.slug === slug && found.course.slug === courseSlug) return load(viewer, found.id);
  const current = await findArticleId(courseSlug, slug);
  if (current === null) throw new AppError("not_found", "Article not found.");
  return load(viewer, current);
}

async function findArticleId(courseSlug: string, slug: string): Promise<string | null> {
  const row = await db.article.findFirst({ where: { slug, course: { slug: courseSlug } }, select: { id: true } });
  return row?.id ?? null;
}
