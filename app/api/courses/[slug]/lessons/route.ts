// POST /api/courses/{slug}/lessons — the course's instructors and admins
import { publishing } from "@/lib/api/endpoints";
import { route } from "@/lib/api/route";
import { createLesson } from "@/lib/lessons/mutations";

export const POST = route(publishing.createLesson, async ({ user, params, body }) =>
  Response.json(await createLesson(user, params.slug, body), { status: 201 }),
);
