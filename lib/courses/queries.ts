import type { CurrentUser } from "@/lib/auth/session";
import { OPEN_FOR_DISCUSSION_WHERE } from "@/lib/comments/visibility";
import { getCourseAccess } from "@/lib/courses/access";
import { grantMembership } from "@/lib/courses/membership";
import { coursePermissions, type CoursePermissions } from "@/lib/courses/policy";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import "server-only";

export type CourseSummaryDTO = {
  slug: string;
  title: string;
  summary: string;
  lessonCount: number;
  memberCount: number;
  /** Lessons, stories and featured comments published since the viewer's last visit. */
  newSinceLastVisit: number | null;
};

export type ArticleLinkDTO = {
  id: string;
  slug: string;
  title: string;
  kind: "lesson" | "essay";
  authorName: string;
  publishedAt: string | null;
  featuredCommentCount: number;
  isStoryPinned: boolean;
};

export type CourseDTO = Omit<CourseSummaryDTO, "newSinceLastVisit"> & {
  id: string;
  lessons: ArticleLinkDTO[];
  stories: ArticleLinkDTO[];
  access: CoursePermissions;
};

/** Everyone sees every course; the "new" count is per signed-in viewer. */
export async function listCourses(user: CurrentUser | null): Promise<CourseSummaryDTO[]> {
  const since = user
    ? (await db.user.findUnique({ where: { id: user.id }, select: { lastSeenAt: true } }))?.lastSeenAt
    : null;
  const courses = await db.course.findMany({
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      slug: true,
      title: true,
      summary: true,
      _count: { select: { members: true, articles: { where: { kind: "LESSON", status: "PUBLISHED" } } } },
    },
  });
  return Promise.all(
    courses.map(async (c) => ({
      slug: c.slug,
      title: c.title,
      summary: c.summary,
      lessonCount: c._count.articles,
      memberCount: c._count.members,
      newSinceLastVisit: since ? await countNewSince(c.id, since) : null,
    })),
  );
}

async function countNewSince(courseId: string, since: Date) {
  const [articles, comments] = await Promise.all([
    db.article.count({ where: { courseId, status: "PUBLISHED", publishedAt: { gt: since } } }),
    db.comment.count({ where: { courseId, ...OPEN_FOR_DISCUSSION_WHERE, featuredAt: { gt: since } } }),
  ]);
  return articles + comments;
}

/** Records the visit that the next "new since your last visit" counts from. */
export async function markVisited(user: CurrentUser) {
  await db.user.update({ where: { id: user.id }, data: { lastSeenAt: new Date() } });
}

const articleLinkSelect = {
  id: true,
  slug: true,
  title: true,
  kind: true,
  publishedAt: true,
  featuredCommentCount: true,
  storyPinnedAt: true,
  author: { select: { name: true } },
} as const;

/** A course with its published lessons (in order) and learner stories; 404 if unknown. */
export async function getCourse(user: CurrentUser | null, slug: string): Promise<CourseDTO> {
  const course = await db.course.findUnique({
    where: { slug },
    select: { id: true, slug: true, title: true, summary: true, _count: { select: { members: true } } },
  });
  if (!course) throw new AppError("not_found", "Course not found.");
  const [access, lessons, stories] = await Promise.all([
    getCourseAccess(user, course.id),
    db.article.findMany({
      where: { courseId: course.id, kind: "LESSON", status: "PUBLISHED" },
      orderBy: [{ position: "asc" }, { publishedAt: "asc" }],
      select: articleLinkSelect,
    }),
    db.article.findMany({
      where: { courseId: course.id, kind: "ESSAY", status: "PUBLISHED" },
      orderBy: [{ storyPinnedAt: { sort: "desc", nulls: "last" } }, { publishedAt: "desc" }],
      select: articleLinkSelect,
    }),
  ]);
  const toLink = (a: (typeof lessons)[number]): ArticleLinkDTO => ({
    id: a.id,
    slug: a.slug,
    title: a.title,
    kind: a.kind === "LESSON" ? "lesson" : "essay",
    authorName: a.author.name,
    publishedAt: a.publishedAt?.toISOString() ?? null,
    featuredCommentCount: a.featuredCommentCount,
    isStoryPinned: a.storyPinnedAt !== null,
  });
  return {
    id: course.id,
    slug: course.slug,
    title: course.title,
    summary: course.summary,
    lessonCount: lessons.length,
    memberCount: course._count.members,
    lessons: lessons.map(toLink),
    stories: stories.map(toLink),
    access,
  };
}

/**
 * A signed-in user joins an open course as a learner; joining twice changes nothing. An
 * invite-only course is joined through an invite (lib/invites/accept.ts) instead.
 */
export async function joinCourse(user: CurrentUser, slug: string) {
  const course = await db.course.findUnique({ where: { slug }, select: { id: true, enrollment: true } });
  if (!course) throw new AppError("not_found", "Course not found.");
  if (course.enrollment === "INVITE") {
    throw new AppError("forbidden", "This course is invite-only: join it through an invite link.");
  }
  const member = await db.$transaction((tx) =>
    grantMembership(tx, { courseId: course.id, userId: user.id, role: "LEARNER" }),
  );
  return coursePermissions(user, member.role);
}
