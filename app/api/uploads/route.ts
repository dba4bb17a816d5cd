// POST /api/uploads — any signed-in user
import { uploads } from "@/lib/api/endpoints";
import { route } from "@/lib/api/route";
import { readBody } from "@/lib/http";
import { MAX_UPLOAD_BODY_BYTES, storeUpload } from "@/lib/uploads/mutations";

export const POST = route(uploads.createUpload, async ({ req, user }) => {
  // readBody stops at the limit: a larger body is refused (413) while it is still arriving.
  const body = await readBody(req, MAX_UPLOAD_BODY_BYTES);
  return Response.json(await storeUpload(user, body, req.headers.get("content-type")), { status: 201 });
});
