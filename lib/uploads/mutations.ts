import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { MAX_IMAGE_BYTES, reencodeImage, type EncodedImage } from "@/lib/uploads/image";
import { uploadStorage } from "@/lib/uploads/storage";
import { createHash } from "node:crypto";
import "server-only";

/** A multipart body may carry this much besides the file (boundaries, part headers). */
export const MAX_UPLOAD_BODY_BYTES = MAX_IMAGE_BYTES + 64 * 1024;
// A re-encoded image larger than this (a GIF that PNG-compressed well, say) is refused.
const MAX_STORED_BYTES = 2 * MAX_IMAGE_BYTES;

export type UploadDTO = { url: string; width: number; height: number };

export const uploadUrl = (id: string) => `/api/uploads/${id}`;

/** The `file` part of a multipart/form-data body. */
async function filePart(body: Buffer, contentType: string | null): Promise<Buffer> {
  if (!contentType || !/^multipart\/form-data\b/i.test(contentType)) {
    throw new AppError("unsupported_media_type", "Send the image as multipart/form-data in a field named file.");
  }
  const form = await new Response(new Uint8Array(body), { headers: { "content-type": contentType } })
    .formData()
    .catch(() => {
      throw new AppError("bad_request", "The multipart body could not be read.");
    });
  const file = form.get("file");
  if (!(file instanceof Blob)) throw new AppError("bad_request", "Send the image in a field named file.");
  if (file.size > MAX_IMAGE_BYTES) throw new AppError("payload_too_large", "Images may be at most 5 MB.");
  return Buffer.from(await file.arrayBuffer());
}

/**
 * Any signed-in user may upload an image. `body` is the raw multipart/form-data body (at most
 * MAX_UPLOAD_BODY_BYTES) and `contentType` its header; `encode` re-encodes the file (an avatar
 * is cropped, see lib/accounts/avatar.ts). Stored by the sha256 of the re-encoded bytes, so the
 * same image twice is one row and one stored copy (the first uploader is kept).
 */
export async function storeUpload(
  user: CurrentUser,
  body: Buffer,
  contentType: string | null,
  encode: (file: Buffer) => Promise<EncodedImage> = reencodeImage,
): Promise<UploadDTO> {
  if (body.byteLength > MAX_UPLOAD_BODY_BYTES) throw new AppError("payload_too_large", "Images may be at most 5 MB.");
  const image = await encode(await filePart(body, contentType));
  if (image.bytes.byteLength > MAX_STORED_BYTES) {
    throw new AppError("payload_too_large", "The image is too large once re-encoded; try a smaller one.");
  }
  const bytes = new Uint8Array(image.bytes);
  const id = createHash("sha256").update(bytes).digest("hex");
  const dto = { url: uploadUrl(id), width: image.width, height: image.height };
  if (await db.upload.findUnique({ where: { id }, select: { id: true } })) return dto;
  // The bytes are kept first, so a row never names an image that is not there. Two identical
  // uploads at once both write the same bytes under the same key, and one row wins.
  const stored = await uploadStorage().save(id, bytes, image.mimeType);
  await db.upload.createMany({
    data: [
      {
        id,
        bytes: stored,
        mimeType: image.mimeType,
        width: image.width,
        height: image.height,
        size: bytes.byteLength,
        uploaderId: user.id,
      },
    ],
    skipDuplicates: true,
  });
  return dto;
}
