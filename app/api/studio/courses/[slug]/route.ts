// GET /api/studio/courses/{slug} — the course's instructors and admins
import { publishing } from "@/lib/api/endpoints";
import { route } from "@/lib/api/route";
import { getCourseOutline } from "@/lib/courses/outline";
import { getCuratedSettings } from "@/lib/courses/settings";

export const GET = route(publishing.getStudioCourse, async ({ user, params }) => {
  const settings = await getCuratedSettings(user, params.slug);
  const outline = await getCourseOutline(settings.id, { includeUnpublished: true });
  return Response.json({ ...settings, ...outline }, { headers: { "Cache-Control": "private, no-store" } });
});
