import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import "server-only";

export type StoredUpload = { id: string; bytes: Uint8Array; mimeType: string };

/** Anyone may read an upload by its id (a content hash nobody can guess). */
export async function getUpload(id: string): Promise<StoredUpload> {
  const row = await db.upload.findUnique({ where: { id }, select: { id: true, bytes: true, mimeType: true } });
  if (!row) throw new AppError("not_found", "No such image.");
  return row;
}
