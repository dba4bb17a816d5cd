import { studio } from "@/lib/api/endpoints";
import { route } from "@/lib/api/route";
import { listReviewEssays } from "@/lib/essays/queries";

export const GET = route(studio.reviewEssays, async ({ user, query }) =>
  Response.json(await listReviewEssays(user, query), { headers: { "Cache-Control": "private, no-store" } }),
);
