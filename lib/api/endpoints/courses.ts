import { endpoint } from "@/lib/api/endpoint";
import { BlockedWordsSchema } from "@/lib/comments/blocked-words";
import { CreateEssaySchema, ListEssaysQuerySchema } from "@/lib/essays/schema";
import { SearchQuerySchema } from "@/lib/search/schema";

// Courses: listing, joining, reflections (essays) and blocked words.

export const listCourses = endpoint({
  method: "GET",
  path: "/api/courses",
  tag: "courses",
  summary: "Every course",
  who: "anyone",
  auth: "anyone",
  ok: { status: 200, description: "{items}" },
});

export const getCourse = endpoint({
  method: "GET",
  path: "/api/courses/{slug}",
  tag: "courses",
  summary: "A course with its settings, its live lessons in order and by chapter, and learner stories",
  who: "anyone",
  auth: "anyone",
  ok: { status: 200, description: "the course" },
  errors: [404],
});

export const searchCourse = endpoint({
  method: "GET",
  path: "/api/courses/{slug}/search",
  tag: "courses",
  summary:
    "Search the course (q: up to 500 characters, Chinese, English or both): live lessons the caller may read, " +
    "published reflections, featured comments and their replies, best first: {items, nextCursor}, each item " +
    "{kind, id, title, href, snippet, highlights: [[start, end]], author, createdAt}",
  who: "anyone",
  auth: "anyone",
  limit: "search",
  query: SearchQuerySchema,
  ok: { status: 200, description: "{items, nextCursor}" },
  errors: [404],
});

export const joinCourse = endpoint({
  method: "POST",
  path: "/api/courses/{slug}/members",
  tag: "courses",
  summary: "Join an open course as a learner (an invite-only course answers 403: join through an invite)",
  who: "signed in",
  auth: "user",
  limit: "write",
  ok: { status: 201, description: "the membership" },
  errors: [403, 404],
});

export const listMyEssays = endpoint({
  method: "GET",
  path: "/api/courses/{slug}/essays",
  tag: "essays",
  summary: "The caller's own reflections in the course, newest first, a page at a time",
  who: "signed in",
  auth: "user",
  query: ListEssaysQuerySchema,
  ok: { status: 200, description: "{items, nextCursor}" },
  errors: [404],
});

export const createEssay = endpoint({
  method: "POST",
  path: "/api/courses/{slug}/essays",
  tag: "essays",
  summary: "Start a reflection (a draft): {title?, body?}",
  who: "members of the course",
  auth: "user",
  limit: "write",
  body: CreateEssaySchema,
  ok: { status: 201, description: "the draft" },
  errors: [403, 404],
});

export const getBlockedWords = endpoint({
  method: "GET",
  path: "/api/courses/{slug}/blocked-words",
  tag: "studio",
  summary: "Words that hold a comment back from featuring",
  who: "the course's instructors and admins",
  auth: "user",
  ok: { status: 200, description: "{words}" },
  errors: [403, 404],
});

export const setBlockedWords = endpoint({
  method: "PUT",
  path: "/api/courses/{slug}/blocked-words",
  tag: "studio",
  summary: "Replace the blocked words: {words}",
  who: "the course's instructors and admins",
  auth: "user",
  limit: "write",
  body: BlockedWordsSchema,
  ok: { status: 200, description: "{words}" },
  errors: [403, 404],
});
