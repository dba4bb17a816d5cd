import { courses, publishing } from "@/lib/api/endpoints";
import { route } from "@/lib/api/route";
import { listCourses } from "@/lib/courses/queries";
import { createCourse } from "@/lib/courses/settings";

export const GET = route(courses.listCourses, async ({ user }) => Response.json({ items: await listCourses(user) }));

// POST /api/courses — admins
export const POST = route(publishing.createCourse, async ({ user, body }) =>
  Response.json(await createCourse(user, body), { status: 201 }),
);
