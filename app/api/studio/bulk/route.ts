import { requireUser } from "@/lib/auth/session";
import { readJson, withApiErrors } from "@/lib/http";
import { rateLimit } from "@/lib/rate-limit";
import { requireStudio } from "@/lib/studio/access";
import { bulkCurate } from "@/lib/studio/queue";
import { BulkCurationSchema } from "@/lib/studio/schema";

// POST /api/studio/bulk — instructors, admins: {commentIds, action: "feature"|"hide"} → {results: [{id, ok, …}]},
// each comment authorized by its own course
export const POST = withApiErrors(async (req: Request) => {
  const user = await requireStudio(await requireUser());
  await rateLimit("write", user.id);
  const input = await readJson(req, BulkCurationSchema);
  return Response.json(await bulkCurate(user, input));
});
