import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { uploadStorage, type UploadBody } from "@/lib/uploads/storage";
import "server-only";

export type StoredUpload = { id: string; mimeType: string; body: UploadBody };

/**
 * Anyone may read an upload by its id (a content hash nobody can guess). Bytes in its row are
 * served from there, whatever storage is set up now; the rest come from the configured storage.
 */
export async function getUpload(id: string): Promise<StoredUpload> {
  const row = await db.upload.findUnique({ where: { id }, select: { id: true, bytes: true, mimeType: true } });
  if (!row) throw new AppError("not_found", "No such image.");
  const body: UploadBody = row.bytes ? { kind: "bytes", bytes: row.bytes } : await uploadStorage().open(id);
  return { id: row.id, mimeType: row.mimeType, body };
}
