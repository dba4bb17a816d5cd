import { courses, members } from "@/lib/api/endpoints";
import { route } from "@/lib/api/route";
import { listMembers } from "@/lib/courses/members";
import { joinCourse } from "@/lib/courses/queries";

export const GET = route(members.listMembers, async ({ user, params, query }) =>
  Response.json(await listMembers(user, params.slug, query), { headers: { "Cache-Control": "private, no-store" } }),
);

export const POST = route(courses.joinCourse, async ({ user, params }) =>
  Response.json(await joinCourse(user, params.slug), { status: 201 }),
);
