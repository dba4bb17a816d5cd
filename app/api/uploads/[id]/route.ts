// GET /api/uploads/{id} — anyone
import { uploads } from "@/lib/api/endpoints";
import { route } from "@/lib/api/route";
import { getUpload } from "@/lib/uploads/queries";
import { IMMUTABLE_CACHE } from "@/lib/uploads/storage";

export const GET = route(uploads.getUpload, async ({ params }) => {
  const { id, mimeType, body } = await getUpload(params.id);
  const headers = new Headers({
    "X-Content-Type-Options": "nosniff",
    // Opened directly, the image is a document: it may load nothing and run nothing.
    "Content-Security-Policy": "default-src 'none'; sandbox",
  });
  if (body.kind === "redirect") {
    // To the image at S3_PUBLIC_URL. The bytes there are immutable; where they are may move
    // (another CDN), so the redirect itself is cached for a day only.
    headers.set("Cache-Control", "public, max-age=86400");
    headers.set("Location", body.url);
    return new Response(null, { status: 302, headers });
  }
  // The id is the hash of these bytes: they can never change.
  headers.set("Cache-Control", IMMUTABLE_CACHE);
  headers.set("ETag", `"${id}"`);
  headers.set("Content-Type", mimeType);
  headers.set("Content-Disposition", "inline");
  if (body.kind === "stream" && body.size !== undefined) headers.set("Content-Length", String(body.size));
  return new Response(body.kind === "bytes" ? new Uint8Array(body.bytes) : body.stream, { headers });
});
