import { comments } from "@/lib/api/endpoints";
import { route } from "@/lib/api/route";
import { createReply, listReplies } from "@/lib/comments/replies";

export const GET = route(comments.listReplies, async ({ user, params, query }) =>
  Response.json(await listReplies(user, params.id, query)),
);

export const POST = route(comments.createReply, async ({ user, params, body }) =>
  Response.json(await createReply(user, params.id, body), { status: 201 }),
);
