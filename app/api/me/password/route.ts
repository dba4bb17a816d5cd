// POST /api/me/password — every other session ends; this one carries on with a fresh cookie
import { changePassword } from "@/lib/accounts/password";
import { accounts } from "@/lib/api/endpoints";
import { route } from "@/lib/api/route";
import { reissueSession } from "@/lib/auth/session-token";

export const POST = route(accounts.changePassword, async ({ user, body }) => {
  const sessionVersion = await changePassword(user, body);
  const headers = new Headers();
  for (const cookie of await reissueSession(sessionVersion)) headers.append("Set-Cookie", cookie);
  return new Response(null, { status: 204, headers });
});
