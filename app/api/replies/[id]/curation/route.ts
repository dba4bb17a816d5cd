import { replies } from "@/lib/api/endpoints";
import { route } from "@/lib/api/route";
import { curateReply } from "@/lib/comments/reply-moderation";

export const PATCH = route(replies.curateReply, async ({ user, params, body }) =>
  Response.json(await curateReply(user, params.id, body)),
);
