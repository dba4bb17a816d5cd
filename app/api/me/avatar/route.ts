// POST /api/me/avatar — any signed-in user, for their own avatar
import { uploadAvatar } from "@/lib/accounts/avatar";
import { accounts } from "@/lib/api/endpoints";
import { route } from "@/lib/api/route";
import { readBody } from "@/lib/http";
import { MAX_UPLOAD_BODY_BYTES } from "@/lib/uploads/mutations";

export const POST = route(accounts.uploadAvatar, async ({ req, user }) => {
  // readBody stops at the limit: a larger body is refused (413) while it is still arriving.
  const body = await readBody(req, MAX_UPLOAD_BODY_BYTES);
  return Response.json(await uploadAvatar(user, body, req.headers.get("content-type")));
});
