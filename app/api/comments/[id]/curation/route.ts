import { requireUser } from "@/lib/auth/session";
import { curateComment } from "@/lib/comments/curation";
import { CurationSchema } from "@/lib/comments/schema";
import { readJson, withApiErrors } from "@/lib/http";
import { rateLimit } from "@/lib/rate-limit";

// PATCH /api/comments/:id/curation — the course's instructors and admins: {status?, pinned?}
export const PATCH = withApiErrors(async (req: Request, { params }: RouteContext<"/api/comments/[id]/curation">) => {
  const user = await requireUser();
  await rateLimit("write", user.id);
  const input = await readJson(req, CurationSchema);
  return Response.json(await curateComment(user, (await params).id, input));
});
