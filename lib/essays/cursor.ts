import type { Page } from "@/lib/comments/schema";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { IdField } from "@/lib/validation";

// Keyset cursors for essay lists, as lib/comments/cursor.ts does for comments: the sort key
// of the last item shown, opaque to clients, so a page never repeats or skips an item when
// others arrive. `at` is the list's time key (updatedAt, submittedAt or publishedAt);
// `pinnedAt` is the published list's first key.
export type EssayCursor = { at: string | null; id: string; pinnedAt?: string | null };

export const encodeEssayCursor = (c: EssayCursor) => Buffer.from(JSON.stringify(c)).toString("base64url");

const isTime = (v: unknown) => typeof v === "string" && !Number.isNaN(Date.parse(v));

export function decodeEssayCursor(raw: string | undefined): EssayCursor | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(Buffer.from(raw, "base64url").toString("utf8")) as EssayCursor;
    if (!IdField.safeParse(value.id).success || (value.at !== null && !isTime(value.at))) throw new Error("bad cursor");
    if (value.pinnedAt !== undefined && value.pinnedAt !== null && !isTime(value.pinnedAt))
      throw new Error("bad cursor");
    return value;
  } catch {
    throw new AppError("bad_request", "The cursor is not valid; start from the first page.");
  }
}

type TimeKey = "updatedAt" | "submittedAt" | "publishedAt" | "storyPinnedAt";
const NULLABLE: Record<TimeKey, boolean> = {
  updatedAt: false,
  submittedAt: true,
  publishedAt: true,
  storyPinnedAt: true,
};

/**
 * The rows after the one whose `key` is `value` in the order (`key` `dir`, nulls last),
 * then `tie` among rows with the same value. Chain it for several keys; the last tie is
 * the id, so no two rows are ever equal.
 */
export function afterKey(
  key: TimeKey,
  dir: "asc" | "desc",
  value: string | null,
  tie: Prisma.ArticleWhereInput,
): Prisma.ArticleWhereInput {
  if (value === null) return { AND: [{ [key]: null }, tie] };
  const at = new Date(value);
  const beyond: Prisma.ArticleWhereInput = { [key]: { [dir === "asc" ? "gt" : "lt"]: at } };
  return { OR: [beyond, ...(NULLABLE[key] ? [{ [key]: null }] : []), { AND: [{ [key]: at }, tie] }] };
}

export const afterId = (dir: "asc" | "desc", id: string): Prisma.ArticleWhereInput => ({
  id: { [dir === "asc" ? "gt" : "lt"]: id },
});

/** A page of `rows` (read with one extra, to tell whether more follow) and the cursor after it. */
export function pageOf<R, T>(rows: R[], q: { limit: number }, key: (r: R) => EssayCursor, toDTO: (r: R) => T): Page<T> {
  const items = rows.slice(0, q.limit);
  const last = items.at(-1);
  return { items: items.map(toDTO), nextCursor: rows.length > q.limit && last ? encodeEssayCursor(key(last)) : null };
}
