import { comments } from "@/lib/api/endpoints";
import { route } from "@/lib/api/route";
import { deleteComment, updateComment } from "@/lib/comments/mutations";
import { getComment } from "@/lib/comments/queries";

export const GET = route(comments.getComment, async ({ user, params }) =>
  Response.json(await getComment(user, params.id)),
);

export const PATCH = route(comments.updateComment, async ({ user, params, body }) =>
  Response.json(await updateComment(user, params.id, body)),
);

export const DELETE = route(comments.deleteComment, async ({ user, params }) => {
  await deleteComment(user, params.id);
  return new Response(null, { status: 204 });
});
