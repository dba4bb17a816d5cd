// Shapes and limits of the instructor's course workspace (/studio/courses/{slug}), shared by
// its server pages and browser components. They follow the publishing contract: the outline
// is what getCourseOutline returns, the lesson what GET /api/studio/lessons/{id} answers.

export const COURSE_TITLE_MAX = 120;
export const COURSE_SUMMARY_MAX = 2000;
export const TRIAL_LESSONS_MAX = 1000;
export const CHAPTER_TITLE_MAX = 200;
export const LESSON_TITLE_MAX = 200;
export const LESSON_BODY_MAX = 100_000;

export type LessonState = "draft" | "scheduled" | "published";

export type CourseSettingsDTO = {
  id: string;
  slug: string;
  title: string;
  summary: string;
  coverUrl: string | null;
  enrollment: "open" | "invite";
  trialLessons: number;
  archived: boolean;
};

export type OutlineLesson = {
  id: string;
  slug: string;
  title: string;
  state: LessonState;
  publishedAt: string | null;
  position: number;
  chapterId: string | null;
  featuredCommentCount: number;
  version: number;
  /** Index among the course's live lessons in course order; null when not live. */
  ordinal: number | null;
};

export type OutlineChapter = { id: string; title: string; position: number; lessons: OutlineLesson[] };

export type CourseOutline = { chapters: OutlineChapter[]; unchaptered: OutlineLesson[] };

export type StudioLessonDTO = {
  id: string;
  courseSlug: string;
  slug: string;
  title: string;
  body: string;
  state: LessonState;
  publishedAt: string | null;
  chapterId: string | null;
  position: number;
  version: number;
  updatedAt: string;
};

/** A lesson's state for the UI: published in the future means scheduled. */
export function lessonState(status: string, publishedAt: Date | null, now: Date): LessonState {
  if (status !== "PUBLISHED") return "draft";
  return publishedAt && publishedAt > now ? "scheduled" : "published";
}
