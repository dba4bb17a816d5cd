import { endpoint } from "@/lib/api/endpoint";
import {
  CreateReplySchema,
  CurationSchema,
  ListRepliesQuerySchema,
  ReportSchema,
  UpdateCommentSchema,
} from "@/lib/comments/schema";

// One comment: read, edit, delete, like, replies, curation and reports.

export const getComment = endpoint({
  method: "GET",
  path: "/api/comments/{id}",
  tag: "comments",
  summary: "One comment",
  who: "anyone who may see it (404 otherwise; 403 on a lesson locked for them)",
  auth: "anyone",
  ok: { status: 200, description: "the comment" },
  errors: [403, 404],
});

export const updateComment = endpoint({
  method: "PATCH",
  path: "/api/comments/{id}",
  tag: "comments",
  summary: "Edit a comment while it is pending: {body}",
  who: "its author",
  auth: "user",
  limit: "write",
  body: UpdateCommentSchema,
  ok: { status: 200, description: "the comment" },
  errors: [403, 404],
});

export const deleteComment = endpoint({
  method: "DELETE",
  path: "/api/comments/{id}",
  tag: "comments",
  summary: "Delete a comment (soft)",
  who: "its author",
  auth: "user",
  limit: "write",
  ok: { status: 204, description: "deleted" },
  errors: [403, 404],
});

export const likeComment = endpoint({
  method: "PUT",
  path: "/api/comments/{id}/like",
  tag: "comments",
  summary: "Like a featured comment (idempotent)",
  who: "members of the course",
  auth: "user",
  limit: "like",
  ok: { status: 200, description: "{liked, likeCount}" },
  errors: [403, 404],
});

export const unlikeComment = endpoint({
  method: "DELETE",
  path: "/api/comments/{id}/like",
  tag: "comments",
  summary: "Take a like back (idempotent)",
  who: "members of the course",
  auth: "user",
  limit: "like",
  ok: { status: 200, description: "{liked, likeCount}" },
  errors: [403, 404],
});

export const listReplies = endpoint({
  method: "GET",
  path: "/api/comments/{id}/replies",
  tag: "comments",
  summary: "Replies to a featured comment",
  who: "anyone who may see the comment (403 on a lesson locked for them)",
  auth: "anyone",
  query: ListRepliesQuerySchema,
  ok: { status: 200, description: "{items, nextCursor}" },
  errors: [403, 404],
});

export const createReply = endpoint({
  method: "POST",
  path: "/api/comments/{id}/replies",
  tag: "comments",
  summary: "Reply to a featured comment: {body}",
  who: "members of the course (403 once it is archived)",
  auth: "user",
  limit: "reply",
  body: CreateReplySchema,
  ok: { status: 201, description: "the reply" },
  errors: [403, 404],
});

export const curateComment = endpoint({
  method: "PATCH",
  path: "/api/comments/{id}/curation",
  tag: "curation",
  summary:
    'Feature, unfeature, hide or pin: {status?: "featured"|"pending"|"hidden", pinned?, seenUpdatedAt?}; ' +
    'with status "featured", {reply: {body}} also answers as the author, in one transaction (spends the reply limit too); ' +
    "{reason?} (≤ 280 characters; public while featured, a note to its author when hidden; a status change without it " +
    "clears it), {faq?} (an FAQ entry of the article: 409 unless featured with an author reply)",
  who: "the course's instructors and admins",
  auth: "user",
  limit: "write",
  body: CurationSchema,
  ok: { status: 200, description: "the comment, and the reply when one was sent" },
  errors: [403, 404, 409],
});

export const createReport = endpoint({
  method: "POST",
  path: "/api/reports",
  tag: "comments",
  summary: "Flag a featured comment or a reply: {commentId|replyId, reason}",
  who: "signed in",
  auth: "user",
  limit: "report",
  body: ReportSchema,
  ok: { status: 201, description: "the report" },
  errors: [404],
});
