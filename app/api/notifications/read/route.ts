import { requireUser } from "@/lib/auth/session";
import { readJson, withApiErrors } from "@/lib/http";
import { markRead, MarkReadSchema } from "@/lib/notifications";

// POST /api/notifications/read — signed in: {ids} or {all: true} → {unreadCount}
export const POST = withApiErrors(async (req: Request) => {
  const user = await requireUser();
  const input = await readJson(req, MarkReadSchema);
  return Response.json(await markRead(user, input));
});
