import { liveArticlesWhere } from "@/lib/articles/policy";
import type { CurrentUser } from "@/lib/auth/session";
import { OPEN_FOR_DISCUSSION_WHERE } from "@/lib/comments/visibility";
import { getCourseAccess } from "@/lib/courses/access";
import { grantMembership } from "@/lib/courses/membership";
import { arrange, CHAPTER_ORDER, courseOrder, LESSON_ORDER } from "@/lib/courses/outline";
import { coursePermissions, isLessonLocked, type CoursePermissions } from "@/lib/courses/policy";
import { settingsSelect, toSettingsDTO } from "@/lib/courses/settings";
import type { CourseSettingsDTO } from "@/lib/courses/settings-schema";
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
  /** A lesson this reader may not read past its excerpt (always false for essays). */
  locked: boolean;
};

/** A live lesson in a reader's list; `locked`: past the trial for this viewer (only the excerpt is theirs). */
export type LessonLinkDTO = ArticleLinkDTO & { chapterId: string | null; locked: boolean };

export type CourseChapterDTO = { id: string; title: string; lessons: LessonLinkDTO[] };

export type CourseDTO = Omit<CourseSummaryDTO, "newSinceLastVisit"> &
  CourseSettingsDTO & {
    /** Every live lesson, in course order. */
    lessons: LessonLinkDTO[];
    /** Chapters with live lessons, in order, then the live lessons without a chapter. */
    chapters: CourseChapterDTO[];
    unchaptered: LessonLinkDTO[];
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
      _count: { select: { members: true, articles: { where: { kind: "LESSON", ...liveArticlesWhere() } } } },
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
    db.article.count({ where: { courseId, ...liveArticlesWhere(), AND: { publishedAt: { gt: since } } } }),
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

/** A course with its live lessons (in course order, by chapter) and learner stories; 404 if unknown. */
export async function getCourse(user: CurrentUser | null, slug: string): Promise<CourseDTO> {
  const course = await db.course.findUnique({
    where: { slug },
    select: { ...settingsSelect, _count: { select: { members: true } } },
  });
  if (!course) throw new AppError("not_found", "Course not found.");
  const [access, chapters, lessons, stories] = await Promise.all([
    getCourseAccess(user, course.id),
    db.chapter.findMany({
      where: { courseId: course.id },
      orderBy: CHAPTER_ORDER,
      select: { id: true, title: true },
    }),
    db.article.findMany({
      where: { courseId: course.id, kind: "LESSON", ...liveArticlesWhere() },
      orderBy: LESSON_ORDER,
      select: { ...articleLinkSelect, chapterId: true },
    }),
    db.article.findMany({
      where: { courseId: course.id, kind: "ESSAY", ...liveArticlesWhere() },
      orderBy: [{ storyPinnedAt: { sort: "desc", nulls: "last" } }, { publishedAt: "desc" }],
      select: articleLinkSelect,
    }),
  ]);
  const toLink = (a: (typeof stories)[number]): ArticleLinkDTO => ({
    id: a.id,
    slug: a.slug,
    title: a.title,
    kind: a.kind === "LESSON" ? "lesson" : "essay",
    authorName: a.author.name,
    publishedAt: a.publishedAt?.toISOString() ?? null,
    featuredCommentCount: a.featuredCommentCount,
    isStoryPinned: a.storyPinnedAt !== null,
    locked: false,
  });
  const arranged = arrange(
    chapters,
    lessons.map((a): LessonLinkDTO => ({ ...toLink(a), chapterId: a.chapterId, locked: false })),
  );
  // Every lesson here is live, so its place in course order is its ordinal (what the trial counts).
  courseOrder(arranged).forEach((lesson, ordinal) => (lesson.locked = isLessonLocked(access, course, ordinal)));
  const withLessons = arranged.chapters.filter((c) => c.lessons.length > 0);
  return {
    ...toSettingsDTO(course),
    lessonCount: lessons.length,
    memberCount: course._count.members,
    lessons: courseOrder(arranged),
    chapters: withLessons,
    unchaptered: arranged.unchaptered,
    stories: stories.map(toLink),
    access,
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
