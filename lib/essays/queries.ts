import "server-only";
import { canSeeArticle } from "@/lib/articles/policy";
import type { CurrentUser } from "@/lib/auth/session";
import { getCourseAccess } from "@/lib/courses/access";
import { curatedCoursesWhere, type CoursePermissions } from "@/lib/courses/policy";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { EssayDTO, EssayStatusName, EssaySummaryDTO } from "@/lib/essays/schema";
import type { Prisma } from "@/lib/generated/prisma/client";
import { canUseStudio } from "@/lib/studio/access";

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
  if (!canSeeArticle(viewer, access, { status: row.status, authorId: row.author.id })) {
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

/** The user's own essays, newest first; in one course or in all. */
export async function listMyEssays(user: CurrentUser, courseId?: string): Promise<EssaySummaryDTO[]> {
  const rows = await db.article.findMany({
    where: { authorId: user.id, kind: "ESSAY", ...(courseId && { courseId }) },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: 100,
    select: essaySummarySelect,
  });
  return rows.map(toEssaySummaryDTO);
}

/** The viewer's own essays in the course named by `slug` (404 for an unknown course). */
export async function listMyEssaysInCourse(user: CurrentUser, slug: string): Promise<EssaySummaryDTO[]> {
  const course = await db.course.findUnique({ where: { slug }, select: { id: true } });
  if (!course) throw new AppError("not_found", "Course not found.");
  return listMyEssays(user, course.id);
}

/** Essays of the courses `user` curates (lib/courses/policy.ts); null when the studio is not theirs. */
async function curatedCourseFilter(user: CurrentUser): Promise<Prisma.ArticleWhereInput | null> {
  return (await canUseStudio(user)) ? { course: { is: curatedCoursesWhere(user) } } : null;
}

export type ReviewDesk = { canReview: boolean; submitted: EssayDTO[]; published: EssaySummaryDTO[] };

/**
 * The studio's essay desk: submitted essays of the instructor's own courses (oldest
 * submission first, so nobody waits longest), and their published ones (pinned first)
 * to feature on the course page. Nothing of courses they do not teach.
 */
export async function getReviewDesk(user: CurrentUser): Promise<ReviewDesk> {
  const scope = await curatedCourseFilter(user);
  if (!scope) return { canReview: false, submitted: [], published: [] };
  const [submitted, published] = await Promise.all([
    db.article.findMany({
      where: { ...scope, kind: "ESSAY", status: "SUBMITTED" },
      orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
      take: 100,
      select: essaySelect,
    }),
    db.article.findMany({
      where: { ...scope, kind: "ESSAY", status: "PUBLISHED" },
      orderBy: [{ storyPinnedAt: { sort: "desc", nulls: "last" } }, { publishedAt: "desc" }],
      take: 100,
      select: essaySummarySelect,
    }),
  ]);
  return { canReview: true, submitted: submitted.map(toEssayDTO), published: published.map(toEssaySummaryDTO) };
}

/** The course a new essay is written in, and what the user may do there (404 if unknown). */
export async function getCourseForWriting(user: CurrentUser | null, slug: string) {
  const course = await db.course.findUnique({ where: { slug }, select: { id: true, slug: true, title: true } });
  if (!course) throw new AppError("not_found", "Course not found.");
  return { course, access: await getCourseAccess(user, course.id) };
}
