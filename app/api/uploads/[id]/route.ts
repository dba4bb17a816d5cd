// GET /api/uploads/{id} — anyone
import { uploads } from "@/lib/api/endpoints";
import { route } from "@/lib/api/route";
import { getUpload } from "@/lib/uploads/queries";

export const GET = route(uploads.getUpload, async ({ params }) => {
  const upload = await getUpload(params.id);
  return new Response(new Uint8Array(upload.bytes), {
    headers: {
      "Content-Type": upload.mimeType,
      // The id is the hash of these bytes: they can never change.
      "Cache-Control": "public, max-age=31536000, immutable",
      ETag: `"${upload.id}"`,
      "X-Content-Type-Options": "nosniff",
      // Opened directly, the image is a document: it may load nothing and run nothing.
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Content-Disposition": "inline",
    },
  });
});
