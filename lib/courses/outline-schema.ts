import type { LessonState } from "@/lib/lessons/schema";

// A course's outline as the studio and the readers' course page get it (lib/courses/outline.ts
// builds it on the server). Types only, so browser components can share them.

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
  /** The index among the course's live lessons in course order; null when not live. */
  ordinal: number | null;
};

export type OutlineChapter = { id: string; title: string; position: number; lessons: OutlineLesson[] };

export type CourseOutline = { chapters: OutlineChapter[]; unchaptered: OutlineLesson[] };
