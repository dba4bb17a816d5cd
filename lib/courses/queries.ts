import type { CurrentUser } from "@/lib/auth/session";
import { OPEN_FOR_DISCUSSION_WHERE } from "@/lib/comments/visibility";
import { getCourseAccess } from "@/lib/courses/access";
import { liveLessonsInOrder } from "@/lib/courses/lesson-order";
import { grantMembership } from "@/lib/courses/membership";
import { coursePermissions, isLessonLocked, type CoursePermissions } from "@/lib/courses/policy";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Enrollment, Prisma } from "@/lib/generated/prisma/client";
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
  /** A lesson this reader may not read past its excerpt (always false for essays). */
  locked: boolean;
};

export type CourseChapterDTO = { id: string; title: string; lessons: ArticleLinkDTO[] };

export type CourseDTO = Omit<CourseSummaryDTO, "newSinceLastVisit"> & {
  id: string;
  coverUrl: string | null;
  enrollment: "open" | "invite";
  trialLessons: number;
  archived: boolean;
  /** Live lessons in course order; those of chapters are also under `chapters`, the rest come after them. */
  lessons: ArticleLinkDTO[];
  /** Chapters in order, each with its live lessons (chapters with none are left out). */
  chapters: CourseChapterDTO[];
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

type ArticleLinkRow = Prisma.ArticleGetPayload<{ select: typeof articleLinkSelect }>;

const toLink = (a: ArticleLinkRow, locked = false): ArticleLinkDTO => ({
  id: a.id,
  slug: a.slug,
  title: a.title,
  kind: a.kind === "LESSON" ? "lesson" : "essay",
  authorName: a.author.name,
  publishedAt: a.publishedAt?.toISOString() ?? null,
  featuredCommentCount: a.featuredCommentCount,
  isStoryPinned: a.storyPinnedAt !== null,
  locked,
});

/** A course with its live lessons (in course order, by chapter) and learner stories; 404 if unknown. */
export async function getCourse(user: CurrentUser | null, slug: string): Promise<CourseDTO> {
  const course = await db.course.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      title: true,
      summary: true,
      coverUrl: true,
      enrollment: true,
      trialLessons: true,
      archivedAt: true,
      _count: { select: { members: true } },
    },
  });
  if (!course) throw new AppError("not_found", "Course not found.");
  const access = await getCourseAccess(user, course.id);
  const [{ lessons, chapters }, stories] = await Promise.all([
    readerLessons(course, access),
    db.article.findMany({
      where: { courseId: course.id, kind: "ESSAY", status: "PUBLISHED" },
      orderBy: [{ storyPinnedAt: { sort: "desc", nulls: "last" } }, { publishedAt: "desc" }],
      select: articleLinkSelect,
    }),
  ]);
  return {
    id: course.id,
    slug: course.slug,
    title: course.title,
    summary: course.summary,
    coverUrl: course.coverUrl,
    enrollment: course.enrollment === "INVITE" ? "invite" : "open",
    trialLessons: course.trialLessons,
    archived: course.archivedAt !== null,
    lessonCount: lessons.length,
    memberCount: course._count.members,
    lessons,
    chapters,
    stories: stories.map((a) => toLink(a)),
    access,
  };
}

/** The course's live lessons in course order, each locked or not for this reader, and its chapters holding them. */
async function readerLessons(
  course: { id: string; enrollment: Enrollment; trialLessons: number },
  access: CoursePermissions,
) {
  const [order, chapters] = await Promise.all([
    liveLessonsInOrder(course.id),
    db.chapter.findMany({
      where: { courseId: course.id },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }, { id: "asc" }],
      select: { id: true, title: true },
    }),
  ]);
  const rows = await db.article.findMany({ where: { id: { in: order.map((l) => l.id) } }, select: articleLinkSelect });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const placed = order.flatMap((l) => {
    const row = byId.get(l.id);
    return row ? [{ chapterId: l.chapterId, link: toLink(row, isLessonLocked(access, course, l.ordinal)) }] : [];
  });
  return {
    lessons: placed.map((p) => p.link),
    chapters: chapters
      .map((c) => ({ ...c, lessons: placed.filter((p) => p.chapterId === c.id).map((p) => p.link) }))
      .filter((c) => c.lessons.length > 0),
  };
}

/**
 * A signed-in user joins an open course as a learner; joining twice changes nothing. An
 * invite-only course is joined through an invite (lib/invites/accept.ts) instead.
 */
export async function joinCourse(user: CurrentUser, slug: string) {
  const course = await db.course.findUnique({
    where: { slug },
    select: { id: true, enrollment: true, archivedAt: true },
  });
  if (!course) throw new AppError("not_found", "Course not found.");
  if (course.enrollment === "INVITE") {
    throw new AppError("forbidden", "This course is invite-only: join it through an invite link.");
  }
  const member = await db.$transaction((tx) =>
    grantMembership(tx, { courseId: course.id, userId: user.id, role: "LEARNER" }),
  );
  return coursePermissions(user, member.role, course);
}
