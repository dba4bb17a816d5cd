import { courses } from "@/lib/api/endpoints";
import { route } from "@/lib/api/route";
import { getCourse } from "@/lib/courses/queries";

export const GET = route(courses.getCourse, async ({ user, params }) =>
  Response.json(await getCourse(user, params.slug)),
);
