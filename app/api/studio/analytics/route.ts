import { studio } from "@/lib/api/endpoints";
import { route } from "@/lib/api/route";
import { resolveTimeZone } from "@/lib/i18n/request";
import { getCourseAnalytics } from "@/lib/studio/analytics";

export const GET = route(studio.courseAnalytics, async ({ user, query }) =>
  Response.json(await getCourseAnalytics(user, query.course, await resolveTimeZone()), {
    headers: { "Cache-Control": "private, no-store" },
  }),
);
