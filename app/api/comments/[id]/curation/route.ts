import { requireUser } from "@/lib/auth/session";
import { curateComment } from "@/lib/comments/curation";
import { CurationSchema } from "@/lib/comments/schema";
import { readJson, withApiErrors } from "@/lib/http";
import { rateLimit } from "@/lib/rate-limit";

// PATCH /api/comments/:id/curation — the course's instructors and admins: {status?, pinned?, seenUpdatedAt?},
// or {status: "featured", reply: {body}} to feature and answer in one transaction
export const PATCH = withApiErrors(async (req: Request, { params }: RouteContext<"/api/comments/[id]/curation">) => {
  const user = await requireUser();
  await rateLimit("write", user.id);
  const input = await readJson(req, CurationSchema);
  if (input.reply) await rateLimit("reply", user.id); // an answer spends what a reply would
  return Response.json(await curateComment(user, (await params).id, input));
});
