// POST /api/courses/{slug}/chapters — the course's instructors and admins
import { publishing } from "@/lib/api/endpoints";
import { route } from "@/lib/api/route";
import { createChapter } from "@/lib/chapters/mutations";

export const POST = route(publishing.createChapter, async ({ user, params, body }) =>
  Response.json(await createChapter(user, params.slug, body), { status: 201 }),
);
