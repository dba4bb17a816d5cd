import { health } from "@/lib/api/endpoints";
import { route } from "@/lib/api/route";
import { getCourseHealth } from "@/lib/studio/health";

// GET /api/studio/health?course= — the course's instructors and admins.
export const GET = route(health.courseHealth, async ({ user, query }) =>
  Response.json(await getCourseHealth(user, query.course), { headers: { "Cache-Control": "private, no-store" } }),
);
