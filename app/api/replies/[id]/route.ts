import { replies } from "@/lib/api/endpoints";
import { route } from "@/lib/api/route";
import { deleteReply, updateReply } from "@/lib/comments/reply-moderation";

export const PATCH = route(replies.updateReply, async ({ user, params, body }) =>
  Response.json(await updateReply(user, params.id, body)),
);

export const DELETE = route(replies.deleteReply, async ({ user, params }) => {
  await deleteReply(user, params.id);
  return new Response(null, { status: 204 });
});
