import { endpoint } from "@/lib/api/endpoint";
import { SeenCommentsSchema } from "@/lib/studio/seen-schema";

// Read receipts: the studio queue and the article page tell which pending comments an
// instructor had on screen, so their authors learn their words were seen.

export const markSeen = endpoint({
  method: "POST",
  path: "/api/studio/seen",
  tag: "curation",
  summary: "Mark pending comments as seen by an instructor: {commentIds} (1..100); others are skipped silently",
  who: "instructors (comments of own courses), admins",
  auth: "user",
  limit: "write",
  body: SeenCommentsSchema,
  ok: { status: 204, description: "no content" },
  errors: [403],
});
