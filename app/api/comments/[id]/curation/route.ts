import { comments } from "@/lib/api/endpoints";
import { route } from "@/lib/api/route";
import { curateComment } from "@/lib/comments/curation";
import { rateLimit } from "@/lib/rate-limit";

export const PATCH = route(comments.curateComment, async ({ user, params, body }) => {
  if (body.reply) await rateLimit("reply", user.id); // an answer spends what a reply would, too
  return Response.json(await curateComment(user, params.id, body));
});
