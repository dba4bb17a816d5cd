import { accounts } from "@/lib/api/endpoints";
import { route } from "@/lib/api/route";
import { listAllMyEssays } from "@/lib/me";

// GET /api/me/essays — the caller's own reflections in every course, the page after `cursor` (signed in)
export const GET = route(accounts.listMyEssays, async ({ user, query }) =>
  Response.json(await listAllMyEssays(user, query), { headers: { "Cache-Control": "private, no-store" } }),
);
