import { requireUser } from "@/lib/auth/session";
import { readQuery, withApiErrors } from "@/lib/http";
import { listQueue } from "@/lib/studio/queue";
import { QueueQuerySchema } from "@/lib/studio/schema";

// GET /api/studio/queue?courseId=&articleId=&kind=all|comments|reports&cursor=&limit= — instructors (own courses), admins
export const GET = withApiErrors(async (req: Request) => {
  const user = await requireUser();
  const query = readQuery(req, QueueQuerySchema);
  return Response.json(await listQueue(user, query), { headers: { "Cache-Control": "private, no-store" } });
});
