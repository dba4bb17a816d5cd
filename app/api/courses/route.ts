import { courses } from "@/lib/api/endpoints";
import { route } from "@/lib/api/route";
import { listCourses } from "@/lib/courses/queries";

export const GET = route(courses.listCourses, async ({ user }) => Response.json({ items: await listCourses(user) }));
