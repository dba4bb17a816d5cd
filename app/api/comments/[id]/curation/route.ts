import { route } from "@/lib/api/route";
import { comments } from "@/lib/api/endpoints";
import { curateComment } from "@/lib/comments/curation";

export const PATCH = route(comments.curateComment, async ({ user, params, body }) =>
  Response.json(await curateComment(user, params.id, body)),
);
