import { studio } from "@/lib/api/endpoints";
import { route } from "@/lib/api/route";
import { listQueue } from "@/lib/studio/queue";

export const GET = route(studio.listQueue, async ({ user, query }) =>
  Response.json(await listQueue(user, query), { headers: { "Cache-Control": "private, no-store" } }),
);
