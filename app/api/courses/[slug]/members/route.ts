import { courses } from "@/lib/api/endpoints";
import { route } from "@/lib/api/route";
import { joinCourse } from "@/lib/courses/queries";

export const POST = route(courses.joinCourse, async ({ user, params }) =>
  Response.json(await joinCourse(user, params.slug), { status: 201 }),
);
