import { requireUser } from "@/lib/auth/session";
import { ReportSchema } from "@/lib/comments/schema";
import { readJson, withApiErrors } from "@/lib/http";
import { rateLimit } from "@/lib/rate-limit";
import { createReport } from "@/lib/reports";

// POST /api/reports — signed in: flag a featured comment or a reply {commentId|replyId, reason} → 201
export const POST = withApiErrors(async (req: Request) => {
  const user = await requireUser();
  await rateLimit("report", user.id);
  const input = await readJson(req, ReportSchema);
  return Response.json(await createReport(user, input), { status: 201 });
});
