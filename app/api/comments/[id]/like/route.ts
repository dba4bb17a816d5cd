import { comments } from "@/lib/api/endpoints";
import { route } from "@/lib/api/route";
import { setLike } from "@/lib/comments/likes";

export const PUT = route(comments.likeComment, async ({ user, params }) =>
  Response.json(await setLike(user, params.id, true)),
);

export const DELETE = route(comments.unlikeComment, async ({ user, params }) =>
  Response.json(await setLike(user, params.id, false)),
);
