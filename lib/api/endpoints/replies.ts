import { endpoint } from "@/lib/api/endpoint";
import { ReplyCurationSchema, UpdateReplySchema } from "@/lib/comments/reply-schema";

// Moderating one reply: its author edits or deletes it, the course's curators publish or hide it.

export const updateReply = endpoint({
  method: "PATCH",
  path: "/api/replies/{id}",
  tag: "comments",
  summary: "Edit a reply: {body} (a learner's while it awaits curation, an author reply at any time)",
  who: "its author (409 once it may no longer change)",
  auth: "user",
  limit: "write",
  body: UpdateReplySchema,
  ok: { status: 200, description: "the reply" },
  errors: [403, 404, 409],
});

export const deleteReply = endpoint({
  method: "DELETE",
  path: "/api/replies/{id}",
  tag: "comments",
  summary: "Delete a reply (soft); it leaves its comment's reply count",
  who: "its author (instructors hide others' replies instead)",
  auth: "user",
  limit: "write",
  ok: { status: 204, description: "deleted" },
  errors: [403, 404],
});

export const curateReply = endpoint({
  method: "PATCH",
  path: "/api/replies/{id}/curation",
  tag: "curation",
  summary: 'Publish a reply awaiting curation (or a hidden one), or hide a reply: {status: "published"|"hidden"}',
  who: "the course's instructors and admins",
  auth: "user",
  limit: "write",
  body: ReplyCurationSchema,
  ok: { status: 200, description: "{reply, isHidden, replyCount}" },
  errors: [403, 404, 409],
});
