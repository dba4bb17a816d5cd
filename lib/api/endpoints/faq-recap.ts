import { endpoint } from "@/lib/api/endpoint";
import { RecapQuerySchema } from "@/lib/recap/schema";

// What a course's featured discussion becomes for reading again: an article's FAQ and a chapter's recap.

export const getFaq = endpoint({
  method: "GET",
  path: "/api/articles/{id}/faq",
  tag: "comments",
  summary: "The article's FAQ entries, in the order they were marked: {items: [{comment, authorReply}]}",
  who: "anyone who reads the article in full (403 on a lesson locked for them)",
  auth: "anyone",
  ok: { status: 200, description: "{items}" },
  errors: [403, 404],
});

export const getRecap = endpoint({
  method: "GET",
  path: "/api/courses/{slug}/chapters/{id}/recap",
  tag: "courses",
  summary:
    "The chapter's featured discussion, per live lesson in order: its FAQ, its top featured comments with author " +
    "replies, its featured questions still unanswered; a lesson locked for the reader shows only its title. " +
    "?format=markdown: the same as a Markdown file",
  who: "anyone",
  auth: "anyone",
  query: RecapQuerySchema,
  ok: {
    status: 200,
    description: "{course, chapter, lessons}, or the Markdown document",
    type: "application/json, text/markdown",
  },
  errors: [404],
});
