import { endpoint } from "@/lib/api/endpoint";
import { CreateCommentSchema, ListCommentsQuerySchema } from "@/lib/comments/schema";
import { SimilarQuestionsQuerySchema } from "@/lib/comments/similar-schema";
import { UpdateEssaySchema } from "@/lib/essays/schema";
import { LESSON_REQUEST_MAX_BYTES, LessonPatchShapes } from "@/lib/lessons/schema";
import { z } from "@/lib/zod";

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

/** A request body's JSON Schema, to nest in another (its dialect is the document's). */
const documented = (schema: z.ZodType) => {
  const json: Record<string, unknown> = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" });
  delete json.$schema;
  return json;
};

/** Read as an object here; lib/articles/update.ts parses it with the schema of the article's kind. */
const ArticlePatchSchema = z.record(z.string(), z.unknown()).meta({
  description: "A lesson's change or a reflection's, by the article's kind",
  anyOf: [documented(LessonPatchShapes), documented(UpdateEssaySchema)],
});

export const updateArticle = endpoint({
  method: "PATCH",
  path: "/api/articles/{id}",
  tag: "articles",
  summary:
    'A reflection: edit, submit, publish or return it ({title?, body?}, {action: "submit"}, {action: "publish"}, ' +
    '{action: "return", note}, {storyPinned}). A lesson: save its text ({version, title?, body?}; 409 when version ' +
    'is stale), move it ({chapterId?, position?}), {action: "publish"|"unpublish"}, or schedule it ({publishAt}; null: draft)',
  who: "reflections: its author (edit, submit), the course's instructors and admins (publish, return, pin); lessons: the course's instructors and admins",
  auth: "user",
  limit: "write",
  body: ArticlePatchSchema,
  bodyLimit: LESSON_REQUEST_MAX_BYTES,
  ok: { status: 200, description: "the reflection, or the lesson as the editor sees it" },
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

export const similarQuestions = endpoint({
  method: "GET",
  path: "/api/articles/{id}/similar",
  tag: "comments",
  summary:
    "While a learner writes: up to 5 answered (featured, with an instructor's reply) comments of the course asking what q asks, " +
    "best first: {items: [{comment, authorReply, score, href}]}; empty q → no items. Rate limit `similar` per client address",
  who: "anyone who reads the article in full (403 on a lesson locked for them); only comments on articles they may read",
  auth: "anyone",
  query: SimilarQuestionsQuerySchema,
  ok: { status: 200, description: "{items}" },
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
