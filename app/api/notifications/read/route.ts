import { accounts } from "@/lib/api/endpoints";
import { route } from "@/lib/api/route";
import { markRead } from "@/lib/notifications";

export const POST = route(accounts.markNotificationsRead, async ({ user, body }) =>
  Response.json(await markRead(user, body)),
);
