// GET /api/studio/lessons/{id} — the course's instructors and admins
import { publishing } from "@/lib/api/endpoints";
import { route } from "@/lib/api/route";
import { getStudioLesson } from "@/lib/lessons/queries";

export const GET = route(publishing.getStudioLesson, async ({ user, params }) =>
  Response.json(await getStudioLesson(user, params.id), { headers: { "Cache-Control": "private, no-store" } }),
);
