import { requireUser } from "@/lib/auth/session";
import { readQuery, withApiErrors } from "@/lib/http";
import { getCourseAnalytics } from "@/lib/studio/analytics";
import { AnalyticsQuerySchema } from "@/lib/studio/schema";

// GET /api/studio/analytics?course=slug — the course's instructors and admins
export const GET = withApiErrors(async (req: Request) => {
  const user = await requireUser();
  const { course } = readQuery(req, AnalyticsQuerySchema);
  return Response.json(await getCourseAnalytics(user, course), { headers: { "Cache-Control": "private, no-store" } });
});
