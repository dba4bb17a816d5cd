import { requestPasswordReset } from "@/lib/accounts/password-reset";
import { mail } from "@/lib/api/endpoints";
import { route } from "@/lib/api/route";
import { publicOrigin } from "@/lib/origin";

export const POST = route(mail.requestPasswordReset, async ({ req, body }) => {
  await requestPasswordReset(body.email, publicOrigin(req.headers));
  return new Response(null, { status: 202 });
});
