import { canSeeArticle } from "@/lib/articles/policy";
import type { CurrentUser } from "@/lib/auth/session";
import type { Page } from "@/lib/comments/schema";
import { getCourseAccess } from "@/lib/courses/access";
import { curatedCoursesWhere, type CoursePermissions } from "@/lib/courses/policy";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { afterId, afterKey } from "@/lib/essays/cursor";
import {
  ESSAY_PAGE_SIZE,
  REVIEW_PAGE_SIZE,
  type EssayDTO,
  type EssayStatusName,
  type EssaySummaryDTO,
  type ReviewEssaysQuery,
} from "@/lib/essays/schema";
import type { Prisma } from "@/lib/generated/prisma/client";
import { decodeKeysetCursor, keysetPage, type KeysetCursor } from "@/lib/keyset";
import { canUseStudio } from "@/lib/studio/access";
import "server-only";

export const essaySummarySelect = {
  id: true,
  slug: true,
  title: true,
  status: true,
  returnNote: true,
  storyPinnedAt: true,
  submittedAt: true,
  publishedAt: true,
  createdAt: true,
  updatedAt: true,
  course: { select: { id: true, slug: true, title: true } },
  author: { select: { id: true, name: true, avatarUrl: true } },
} satisfies Prisma.ArticleSelect;

export const essaySelect = { ...essaySummarySelect, body: true } satisfies Prisma.ArticleSelect;

type SummaryRow = Prisma.ArticleGetPayload<{ select: typeof essaySummarySelect }>;
type EssayRow = Prisma.ArticleGetPayload<{ select: typeof essaySelect }>;

export function toEssaySummaryDTO(a: SummaryRow): EssaySummaryDTO {
  return {
    id: a.id,
    course: a.course,
    title: a.title,
    status: a.status.toLowerCase() as EssayStatusName,
    returnNote: a.returnNote,
    storyPinned: a.storyPinnedAt !== null,
    author: a.author,
    href: `/courses/${a.course.slug}/articles/${a.slug}`,
    editHref: `/essays/${a.id}/edit`,
    submittedAt: a.submittedAt?.toISOString() ?? null,
    publishedAt: a.publishedAt?.toISOString() ?? null,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
  };
}

export const toEssayDTO = (a: EssayRow): EssayDTO => ({ ...toEssaySummaryDTO(a), body: a.body });

/** The essay if `viewer` may see it (404 otherwise, and for lessons), with their course permissions. */
export async function getEssay(
  viewer: CurrentUser | null,
  id: string,
): Promise<{ essay: EssayDTO; access: CoursePermissions }> {
  const row = await db.article.findUnique({ where: { id }, select: { ...essaySelect, kind: true } });
  if (!row || row.kind !== "ESSAY") throw new AppError("not_found", "Reflection not found.");
  const access = await getCourseAccess(viewer, row.course.id);
  if (!canSeeArticle(viewer, access, { status: row.status, authorId: row.author.id, publishedAt: row.publishedAt })) {
    throw new AppError("not_found", "Reflection not found.");
  }
  return { essay: toEssayDTO(row), access };
}

/** The editor's essay: its author only (everyone else, curators too, gets 404). */
export async function getOwnEssay(
  user: CurrentUser,
  id: string,
): Promise<{ essay: EssayDTO; access: CoursePermissions }> {
  const found = await getEssay(user, id);
  if (found.essay.author.id !== user.id) throw new AppError("not_found", "Reflection not found.");
  return found;
}

type Slice = { cursor?: string; limit: number };

/** The user's own essays, newest first; in one course or in all; a page at a time. */
export async function listMyEssays(
  user: CurrentUser,
  { limit = ESSAY_PAGE_SIZE, ...q }: Partial<Slice> & { courseId?: string } = {},
): Promise<Page<EssaySummaryDTO>> {
  const cursor = decodeKeysetCursor(q.cursor);
  const rows = await db.article.findMany({
    where: {
      authorId: user.id,
      kind: "ESSAY",
      ...(q.courseId && { courseId: q.courseId }),
      ...(cursor && afterKey("updatedAt", "desc", cursor.at, afterId("desc", cursor.id))),
    },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: essaySummarySelect,
  });
  return keysetPage(rows, { limit }, (r) => ({ at: r.updatedAt.toISOString(), id: r.id }), toEssaySummaryDTO);
}

/** The viewer's own essays in the course named by `slug`, a page at a time (404 for an unknown course). */
export async function pageMyEssaysInCourse(user: CurrentUser, slug: string, q: Slice): Promise<Page<EssaySummaryDTO>> {
  const course = await db.course.findUnique({ where: { slug }, select: { id: true } });
  if (!course) throw new AppError("not_found", "Course not found.");
  return listMyEssays(user, { ...q, courseId: course.id });
}

/** The first page of the viewer's own essays in the course named by `slug`. */
export async function listMyEssaysInCourse(user: CurrentUser, slug: string): Promise<EssaySummaryDTO[]> {
  return (await pageMyEssaysInCourse(user, slug, { limit: ESSAY_PAGE_SIZE })).items;
}

/** Essays of the courses `user` curates (lib/courses/policy.ts); null when the studio is not theirs. */
async function curatedCourseFilter(user: CurrentUser): Promise<Prisma.ArticleWhereInput | null> {
  return (await canUseStudio(user)) ? { course: { is: curatedCoursesWhere(user) } } : null;
}

export type ReviewDesk = {
  canReview: boolean;
  submitted: EssayDTO[];
  published: EssaySummaryDTO[];
  /** With a desk: how many wait in all, and where each section's next page starts (null: no more). */
  pages?: { submittedTotal: number; submittedNext: string | null; publishedNext: string | null };
};

/**
 * The studio's essay desk, first pages: submitted essays of the instructor's own courses
 * (oldest submission first, so nobody waits longest), and their published ones (pinned
 * first) to feature on the course page. Nothing of courses they do not teach.
 */
export async function getReviewDesk(user: CurrentUser): Promise<ReviewDesk> {
  const scope = await curatedCourseFilter(user);
  if (!scope) return { canReview: false, submitted: [], published: [] };
  const first = { limit: REVIEW_PAGE_SIZE };
  const [submitted, published, submittedTotal] = await Promise.all([
    submittedPage(scope, first),
    publishedPage(scope, first),
    db.article.count({ where: { ...scope, kind: "ESSAY", status: "SUBMITTED" } }),
  ]);
  return {
    canReview: true,
    submitted: submitted.items,
    published: published.items,
    pages: { submittedTotal, submittedNext: submitted.nextCursor, publishedNext: published.nextCursor },
  };
}

/** A page of one desk section, as getReviewDesk orders it: curators of a course (or admins) only, else 403. */
export async function listReviewEssays(user: CurrentUser, q: ReviewEssaysQuery) {
  const scope = await curatedCourseFilter(user);
  if (!scope) throw new AppError("forbidden", "Only a course's instructors review its reflections.");
  return q.status === "submitted" ? submittedPage(scope, q) : publishedPage(scope, q);
}

async function submittedPage(scope: Prisma.ArticleWhereInput, q: Slice): Promise<Page<EssayDTO>> {
  const c = decodeKeysetCursor(q.cursor);
  const rows = await db.article.findMany({
    where: {
      ...scope,
      kind: "ESSAY",
      status: "SUBMITTED",
      ...(c && afterKey("submittedAt", "asc", c.at, afterId("asc", c.id))),
    },
    orderBy: [{ submittedAt: { sort: "asc", nulls: "last" } }, { id: "asc" }],
    take: q.limit + 1,
    select: essaySelect,
  });
  return keysetPage(rows, q, (r) => ({ at: r.submittedAt?.toISOString() ?? null, id: r.id }), toEssayDTO);
}

async function publishedPage(scope: Prisma.ArticleWhereInput, q: Slice): Promise<Page<EssaySummaryDTO>> {
  const c = decodeKeysetCursor(q.cursor);
  const after =
    c &&
    afterKey("storyPinnedAt", "desc", c.pinnedAt ?? null, afterKey("publishedAt", "desc", c.at, afterId("desc", c.id)));
  const rows = await db.article.findMany({
    where: { ...scope, kind: "ESSAY", status: "PUBLISHED", ...after },
    orderBy: [
      { storyPinnedAt: { sort: "desc", nulls: "last" } },
      { publishedAt: { sort: "desc", nulls: "last" } },
      { id: "desc" },
    ],
    take: q.limit + 1,
    select: essaySummarySelect,
  });
  const key = (r: (typeof rows)[number]): KeysetCursor => ({
    pinnedAt: r.storyPinnedAt?.toISOString() ?? null,
    at: r.publishedAt?.toISOString() ?? null,
    id: r.id,
  });
  return keysetPage(rows, q, key, toEssaySummaryDTO);
}

/** The course a new essay is written in, and what the user may do there (404 if unknown). */
export async function getCourseForWriting(user: CurrentUser | null, slug: string) {
  const course = await db.course.findUnique({ where: { slug }, select: { id: true, slug: true, title: true } });
  if (!course) throw new AppError("not_found", "Course not found.");
  return { course, access: await getCourseAccess(user, course.id) };
}
