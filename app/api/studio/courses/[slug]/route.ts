// GET /api/studio/courses/{slug} — the course's instructors and admins
import { publishing } from "@/lib/api/endpoints";
import { route } from "@/lib/api/route";
import { getStudioCourse } from "@/lib/courses/settings";

export const GET = route(publishing.getStudioCourse, async ({ user, params }) =>
  Response.json(await getStudioCourse(user, params.slug), { headers: { "Cache-Control": "private, no-store" } }),
);
