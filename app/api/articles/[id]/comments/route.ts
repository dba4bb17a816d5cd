import { articles } from "@/lib/api/endpoints";
import { route } from "@/lib/api/route";
import { createComment } from "@/lib/comments/mutations";
import { listComments } from "@/lib/comments/queries";
import { readCacheHeaders } from "@/lib/http";

// Visitors' featured list: shared for a second (likes move it), then refreshed in the background.
export const GET = route(articles.listComments, async ({ user, params, query }) =>
  Response.json(await listComments(user, params.id, query), { headers: readCacheHeaders(!user, 1) }),
);

export const POST = route(articles.createComment, async ({ user, params, body }) =>
  Response.json(await createComment(user, params.id, body), { status: 201 }),
);
