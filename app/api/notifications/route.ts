import { accounts } from "@/lib/api/endpoints";
import { route } from "@/lib/api/route";
import { listNotifications } from "@/lib/notifications";

export const GET = route(accounts.listNotifications, async ({ user }) =>
  Response.json(await listNotifications(user), { headers: { "Cache-Control": "private, no-store" } }),
);
