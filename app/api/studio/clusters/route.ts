import { studio } from "@/lib/api/endpoints";
import { route } from "@/lib/api/route";
import { listClusters } from "@/lib/studio/clusters";

// GET /api/studio/clusters?courseId=|articleId= — the course's instructors and admins
export const GET = route(studio.listClusters, async ({ user, query }) =>
  Response.json(await listClusters(user, query), { headers: { "Cache-Control": "private, no-store" } }),
);
