// PATCH, DELETE /api/chapters/{id} — the course's instructors and admins
import { publishing } from "@/lib/api/endpoints";
import { route } from "@/lib/api/route";
import { deleteChapter, updateChapter } from "@/lib/chapters/mutations";

export const PATCH = route(publishing.updateChapter, async ({ user, params, body }) =>
  Response.json(await updateChapter(user, params.id, body)),
);

export const DELETE = route(publishing.deleteChapter, async ({ user, params }) => {
  await deleteChapter(user, params.id);
  return new Response(null, { status: 204 });
});
