// POST /api/me/sign-out-everywhere — every session of the account ends, this one included
import { signOutEverywhere } from "@/lib/accounts/password";
import { accounts } from "@/lib/api/endpoints";
import { route } from "@/lib/api/route";

export const POST = route(accounts.signOutEverywhere, async ({ user }) => {
  await signOutEverywhere(user);
  return new Response(null, { status: 204 });
});
