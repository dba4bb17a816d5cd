import { courses, publishing } from "@/lib/api/endpoints";
import { route } from "@/lib/api/route";
import { getCourse } from "@/lib/courses/queries";
import { updateCourseSettings } from "@/lib/courses/settings";

export const GET = route(courses.getCourse, async ({ user, params }) =>
  Response.json(await getCourse(user, params.slug)),
);

// PATCH /api/courses/{slug} — the course's instructors and admins
export const PATCH = route(publishing.updateCourse, async ({ user, params, body }) =>
  Response.json(await updateCourseSettings(user, params.slug, body)),
);
