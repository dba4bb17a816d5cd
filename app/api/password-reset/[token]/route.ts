import { resetPassword } from "@/lib/accounts/password-reset";
import { mail } from "@/lib/api/endpoints";
import { route } from "@/lib/api/route";

export const POST = route(mail.resetPassword, async ({ params, body }) => {
  await resetPassword(params.token, body.password);
  return new Response(null, { status: 204 });
});
