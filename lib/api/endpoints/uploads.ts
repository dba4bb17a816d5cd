import { endpoint } from "@/lib/api/endpoint";

// Images for lessons and avatars: uploaded once, served forever from their content hash.

export const createUpload = endpoint({
  method: "POST",
  path: "/api/uploads",
  tag: "uploads",
  summary: "Upload an image (multipart field file): PNG, JPEG, WebP or GIF of at most 5 MB, re-encoded",
  who: "any signed-in user",
  auth: "user",
  limit: "upload",
  upload: true,
  ok: { status: 201, description: "{url, width, height}; url is /api/uploads/{id}" },
});

export const getUpload = endpoint({
  method: "GET",
  path: "/api/uploads/{id}",
  tag: "uploads",
  summary: "The image's bytes, cacheable forever (the id is the hash of its content)",
  who: "anyone",
  auth: "none",
  ok: {
    status: 200,
    description: "the image; with S3_PUBLIC_URL set, a 302 to it there instead",
    type: "image/png, image/jpeg, image/webp, image/gif",
  },
  errors: [404, 503],
});
