import { accounts } from "@/lib/api/endpoints";
import { route } from "@/lib/api/route";
import { listMyReplies } from "@/lib/me";

// GET /api/me/replies — the caller's own replies, the page after `cursor` (signed in)
export const GET = route(accounts.listMyReplies, async ({ user, query }) =>
  Response.json(await listMyReplies(user, query), { headers: { "Cache-Control": "private, no-store" } }),
);
