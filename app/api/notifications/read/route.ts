import { route } from "@/lib/api/route";
import { accounts } from "@/lib/api/endpoints";
import { markRead } from "@/lib/notifications";

export const POST = route(accounts.markNotificationsRead, async ({ user, body }) => Response.json(await markRead(user, body)));
