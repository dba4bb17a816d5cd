import { accounts } from "@/lib/api/endpoints";
import { route } from "@/lib/api/route";
import { listMyComments } from "@/lib/me";

// GET /api/me/comments — the caller's own comments, the page after `cursor` (signed in)
export const GET = route(accounts.listMyComments, async ({ user, query }) =>
  Response.json(await listMyComments(user, query), { headers: { "Cache-Control": "private, no-store" } }),
);
