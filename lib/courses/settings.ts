import { articleCacheNamespace } from "@/lib/articles/queries";
import { audit } from "@/lib/audit";
import type { CurrentUser } from "@/lib/auth/session";
import { invalidate } from "@/lib/cache";
import { courseCacheNamespace, requireCuration } from "@/lib/courses/access";
import { getCourseOutline } from "@/lib/courses/outline";
import type { CourseOutline } from "@/lib/courses/outline-schema";
import type {
  AdminCourseDTO,
  CourseSettingsDTO,
  CreateCourseInput,
  UpdateCourseInput,
} from "@/lib/courses/settings-schema";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { cache } from "react";
import "server-only";

// A course's settings: opened by an admin, changed by its curators (instructors and admins).

/** The columns a course's settings DTO is made of; readers that add to it spread it. */
export const settingsSelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  coverUrl: true,
  enrollment: true,
  trialLessons: true,
  archivedAt: true,
  repliesNeedCuration: true,
} satisfies Prisma.CourseSelect;

type SettingsRow = Prisma.CourseGetPayload<{ select: typeof settingsSelect }>;

export const toSettingsDTO = (c: SettingsRow): CourseSettingsDTO => ({
  id: c.id,
  slug: c.slug,
  title: c.title,
  summary: c.summary,
  coverUrl: c.coverUrl,
  enrollment: c.enrollment === "INVITE" ? "invite" : "open",
  trialLessons: c.trialLessons,
  archived: c.archivedAt !== null,
  repliesNeedCuration: c.repliesNeedCuration,
});

const isUniqueViolation = (err: unknown) =>
  typeof err === "object" && err !== null && "code" in err && err.code === "P2002";

/** Admins only: opens a course (409 when the slug is taken). */
export async function createCourse(user: CurrentUser, input: CreateCourseInput): Promise<CourseSettingsDTO> {
  if (user.role !== "ADMIN") throw new AppError("forbidden", "Only administrators may open a course.");
  try {
    const row = await db.$transaction(async (tx) => {
      const course = await tx.course.create({
        data: {
          slug: input.slug,
          title: input.title,
          summary: input.summary,
          coverUrl: input.coverUrl ?? null,
          enrollment: input.enrollment === "invite" ? "INVITE" : "OPEN",
          trialLessons: input.trialLessons,
        },
        select: settingsSelect,
      });
      const after = { slug: course.slug, enrollment: course.enrollment, trialLessons: course.trialLessons };
      await audit(tx, {
        courseId: course.id,
        actorId: user.id,
        action: "course.create",
        targetType: "course",
        targetId: course.id,
        after,
      });
      return course;
    });
    return toSettingsDTO(row);
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError("conflict", "That slug is taken.");
    throw err;
  }
}

/**
 * The course by slug for its curators: 404 if unknown, 401/403 otherwise. Read once per
 * request: the studio's course layout, its metadata and its pages share it.
 */
export const getCuratedSettings = cache(async (user: CurrentUser | null, slug: string): Promise<CourseSettingsDTO> => {
  const course = await db.course.findUnique({ where: { slug }, select: settingsSelect });
  if (!course) throw new AppError("not_found", "Course not found.");
  await requireCuration(user, course.id);
  return toSettingsDTO(course);
});

/** The studio's course: its settings and whole outline (drafts and scheduled lessons too), for its curators. */
export async function getStudioCourse(
  user: CurrentUser | null,
  slug: string,
): Promise<CourseSettingsDTO & CourseOutline> {
  const settings = await getCuratedSettings(user, slug);
  return { ...settings, ...(await getCourseOutline(settings.id, { includeUnpublished: true })) };
}

/** Curators change the settings; archiving stamps archivedAt once, unarchiving clears it. */
export async function updateCourseSettings(
  user: CurrentUser,
  slug: string,
  input: UpdateCourseInput,
): Promise<CourseSettingsDTO> {
  const current = await getCuratedSettings(user, slug);
  const data: Prisma.CourseUpdateInput = {
    title: input.title,
    summary: input.summary,
    coverUrl: input.coverUrl,
    trialLessons: input.trialLessons,
    repliesNeedCuration: input.repliesNeedCuration,
    ...(input.enrollment && { enrollment: input.enrollment === "invite" ? "INVITE" : "OPEN" }),
  };
  const row = await db.$transaction(async (tx) => {
    if (input.archived !== undefined) {
      // Archiving twice keeps the first date.
      await tx.course.updateMany({
        where: { id: current.id, archivedAt: input.archived ? null : { not: null } },
        data: { archivedAt: input.archived ? new Date() : null },
      });
    }
    const course = await tx.course.update({ where: { id: current.id }, data, select: settingsSelect });
    const changed = Object.keys(input) as (keyof UpdateCourseInput)[];
    const pick = (s: CourseSettingsDTO) => Object.fromEntries(changed.map((k) => [k, s[k]]));
    const after = toSettingsDTO(course);
    await audit(tx, {
      courseId: current.id,
      actorId: user.id,
      action: "course.update",
      targetType: "course",
      targetId: current.id,
      before: pick(current),
      after: pick(after),
    });
    return after;
  });
  await invalidate(courseCacheNamespace(current.id));
  if (input.title !== undefined && input.title !== current.title) await invalidateCourseArticles(current.id);
  return row;
}

/** Cached article DTOs carry the course's title; a new title must reach them at once. */
async function invalidateCourseArticles(courseId: string) {
  const articles = await db.article.findMany({ where: { courseId }, select: { id: true } });
  await Promise.all(articles.map((a) => invalidate(articleCacheNamespace(a.id))));
}

/** Admins only: every course, archived ones too, with its numbers. */
export async function listAdminCourses(user: CurrentUser): Promise<AdminCourseDTO[]> {
  if (user.role !== "ADMIN") throw new AppError("forbidden", "Only administrators may list every course.");
  const [courses, instructors] = await Promise.all([
    db.course.findMany({
      orderBy: { createdAt: "desc" },
      select: {
        ...settingsSelect,
        createdAt: true,
        _count: { select: { members: true, articles: { where: { kind: "LESSON" } } } },
      },
    }),
    db.courseMember.groupBy({ by: ["courseId"], where: { role: "INSTRUCTOR" }, _count: { _all: true } }),
  ]);
  const instructorsOf = new Map(instructors.map((i) => [i.courseId, i._count._all]));
  return courses.map((c) => ({
    ...toSettingsDTO(c),
    memberCount: c._count.members,
    instructorCount: instructorsOf.get(c.id) ?? 0,
    lessonCount: c._count.articles,
    createdAt: c.createdAt.toISOString(),
  }));
}
