import { AppError } from "@/lib/errors";
import { IdField } from "@/lib/validation";

// Keyset cursors: the sort key of the last item, opaque to clients. New comments land
// before the cursor, so pages never repeat or skip an item when comments arrive.
export type CommentCursor = { likeCount?: number; createdAt: string; id: string };

export const encodeCursor = (c: CommentCursor) => Buffer.from(JSON.stringify(c)).toString("base64url");

export function decodeCursor(raw: string | undefined): CommentCursor | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(Buffer.from(raw, "base64url").toString("utf8")) as CommentCursor;
    if (!IdField.safeParse(value.id).success || Number.isNaN(Date.parse(value.createdAt)))
      throw new Error("bad cursor");
    if (value.likeCount !== undefined && !Number.isInteger(value.likeCount)) throw new Error("bad cursor");
    return value;
  } catch {
    throw new AppError("bad_request", "The cursor is not valid; start from the first page.");
  }
}
