import { endpoint } from "@/lib/api/endpoint";
import { CreateCommentSchema, ListCommentsQuerySchema } from "@/lib/comments/schema";
import { UpdateEssaySchema } from "@/lib/essays/schema";

// Articles (lessons and published reflections), their discussion and its live events.

export const getArticle = endpoint({
  method: "GET",
  path: "/api/articles/{id}",
  tag: "articles",
  summary:
    "An article with featuredCommentCount and locked: false; a lesson past the trial of an invite-only course, for a non-member, is {…, locked: true, excerpt} without body",
  who: "anyone (published); its author and the course's curators (unpublished)",
  auth: "anyone",
  ok: { status: 200, description: "the article" },
  errors: [404],
});

export const updateEssay = endpoint({
  method: "PATCH",
  path: "/api/articles/{id}",
  tag: "essays",
  summary:
    'Edit, submit, publish or return a reflection: {title?, body?}, {action: "submit"}, {action: "publish"}, {action: "return", note}, {storyPinned}',
  who: "its author (edit, submit); the course's instructors and admins (publish, return, pin)",
  auth: "user",
  limit: "write",
  body: UpdateEssaySchema,
  ok: { status: 200, description: "the reflection" },
  errors: [403, 404, 409],
});

export const listComments = endpoint({
  method: "GET",
  path: "/api/articles/{id}/comments",
  tag: "comments",
  summary: "Featured comments (plus the caller's own pending ones); curators may ask for other states",
  who: "anyone who reads the article in full (403 on a lesson locked for them); status other than featured: the course's curators",
  auth: "anyone",
  query: ListCommentsQuerySchema,
  ok: { status: 200, description: "{items, nextCursor}" },
  errors: [403, 404],
});

export const createComment = endpoint({
  method: "POST",
  path: "/api/articles/{id}/comments",
  tag: "comments",
  summary: 'Comment on the article: {body} → a comment with status "pending"',
  who: "members of the course (403 once it is archived)",
  auth: "user",
  limit: "comment",
  body: CreateCommentSchema,
  ok: { status: 201, description: "the comment" },
  errors: [403, 404],
});

export const articleEvents = endpoint({
  method: "GET",
  path: "/api/articles/{id}/events",
  tag: "live",
  summary: "The discussion's live events as Server-Sent Events; Last-Event-ID (or ?since=) replays what was missed",
  who: "anyone who reads the article in full (403 on a lesson locked for them)",
  auth: "anyone",
  ok: { status: 200, description: "an event stream (event types: lib/events/schema.ts)", type: "text/event-stream" },
  errors: [403, 404],
});
