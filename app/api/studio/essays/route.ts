import { requireUser } from "@/lib/auth/session";
import { listReviewEssays } from "@/lib/essays/queries";
import { ReviewEssaysQuerySchema } from "@/lib/essays/schema";
import { readQuery, withApiErrors } from "@/lib/http";

// GET /api/studio/essays?status=submitted|published&cursor=&limit= — instructors (own courses), admins:
// one section of the essay review desk, in the desk's order → {items, nextCursor}
export const GET = withApiErrors(async (req: Request) => {
  const user = await requireUser();
  const query = readQuery(req, ReviewEssaysQuerySchema);
  return Response.json(await listReviewEssays(user, query), { headers: { "Cache-Control": "private, no-store" } });
});
