import { endpoint } from "@/lib/api/endpoint";
import { CreateChapterSchema, UpdateChapterSchema } from "@/lib/chapters/schema";
import { CreateCourseSchema, UpdateCourseSchema } from "@/lib/courses/settings-schema";
import { CreateLessonSchema, LESSON_REQUEST_MAX_BYTES } from "@/lib/lessons/schema";

// Publishing: admins open courses; a course's curators (instructors, admins) change its
// settings and write its chapters and lessons. Lesson changes go through PATCH /api/articles/{id}.

export const createCourse = endpoint({
  method: "POST",
  path: "/api/courses",
  tag: "publishing",
  summary: 'Open a course: {slug, title, summary, enrollment: "open"|"invite", trialLessons?, coverUrl?}',
  who: "admins",
  auth: "user",
  limit: "write",
  body: CreateCourseSchema,
  ok: { status: 201, description: "the course's settings" },
  errors: [403, 409],
});

export const updateCourse = endpoint({
  method: "PATCH",
  path: "/api/courses/{slug}",
  tag: "publishing",
  summary:
    "Change settings: any of {title, summary, coverUrl (null removes it), enrollment, trialLessons, archived, " +
    "repliesNeedCuration}",
  who: "the course's instructors and admins",
  auth: "user",
  limit: "write",
  body: UpdateCourseSchema,
  ok: { status: 200, description: "the course's settings" },
  errors: [403, 404],
});

export const getStudioCourse = endpoint({
  method: "GET",
  path: "/api/studio/courses/{slug}",
  tag: "publishing",
  summary: "The course's settings and its outline: chapters and lessons in order, drafts and scheduled ones too",
  who: "the course's instructors and admins",
  auth: "user",
  ok: { status: 200, description: "{...settings, chapters, unchaptered}" },
  errors: [403, 404],
});

export const createChapter = endpoint({
  method: "POST",
  path: "/api/courses/{slug}/chapters",
  tag: "publishing",
  summary: "Add a chapter: {title, position?} (0-based; default last)",
  who: "the course's instructors and admins",
  auth: "user",
  limit: "write",
  body: CreateChapterSchema,
  ok: { status: 201, description: "the chapter" },
  errors: [403, 404],
});

export const updateChapter = endpoint({
  method: "PATCH",
  path: "/api/chapters/{id}",
  tag: "publishing",
  summary: "Rename or move a chapter: {title?, position?}; the other chapters close up around it",
  who: "the course's instructors and admins",
  auth: "user",
  limit: "write",
  body: UpdateChapterSchema,
  ok: { status: 200, description: "the chapter" },
  errors: [403, 404],
});

export const deleteChapter = endpoint({
  method: "DELETE",
  path: "/api/chapters/{id}",
  tag: "publishing",
  summary: "Delete a chapter; its lessons stay, after the lessons without a chapter",
  who: "the course's instructors and admins",
  auth: "user",
  limit: "write",
  ok: { status: 204, description: "deleted" },
  errors: [403, 404],
});

export const createLesson = endpoint({
  method: "POST",
  path: "/api/courses/{slug}/lessons",
  tag: "publishing",
  summary:
    'Add a lesson at the end of its chapter: {title, body?, chapterId?, slug?, status?: "draft"|"published", publishAt?}',
  who: "the course's instructors and admins",
  auth: "user",
  limit: "write",
  body: CreateLessonSchema,
  bodyLimit: LESSON_REQUEST_MAX_BYTES,
  ok: { status: 201, description: "the lesson as the editor sees it" },
  errors: [403, 404, 409],
});

export const getStudioLesson = endpoint({
  method: "GET",
  path: "/api/studio/lessons/{id}",
  tag: "publishing",
  summary:
    "A lesson for the editor: {id, courseSlug, slug, title, body, state, publishedAt, chapterId, position, version, updatedAt}",
  who: "the course's instructors and admins",
  auth: "user",
  ok: { status: 200, description: "the lesson" },
  errors: [403, 404],
});
