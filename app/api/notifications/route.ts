import { requireUser } from "@/lib/auth/session";
import { withApiErrors } from "@/lib/http";
import { listNotifications } from "@/lib/notifications";

// GET /api/notifications — signed in: own notifications, newest first, with unreadCount
export const GET = withApiErrors(async () => {
  const user = await requireUser();
  return Response.json(await listNotifications(user), { headers: { "Cache-Control": "private, no-store" } });
});
