import { requireUser } from "@/lib/auth/session";
import { readJson, withApiErrors } from "@/lib/http";
import { rateLimit } from "@/lib/rate-limit";
import { resolveReport } from "@/lib/studio/reports";
import { ResolveReportSchema } from "@/lib/studio/schema";

// PATCH /api/studio/reports/:id — the course's instructors and admins: {action: "hide"|"dismiss"}
export const PATCH = withApiErrors(async (req: Request, { params }: RouteContext<"/api/studio/reports/[id]">) => {
  const user = await requireUser();
  await rateLimit("write", user.id);
  const input = await readJson(req, ResolveReportSchema);
  return Response.json(await resolveReport(user, (await params).id, input));
});
