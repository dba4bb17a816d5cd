import type { Page } from "@/lib/comments/schema";
import { AppError } from "@/lib/errors";
import { IdField } from "@/lib/validation";

// Keyset paging for lists ordered by a time, ties broken by id: the cursor is the sort key of
// the last item shown, opaque to clients, so a page never repeats or skips an item when others
// arrive. `at` is the list's time key; `pinnedAt` a first key where a list has one (essays).
export type KeysetCursor = { at: string | null; id: string; pinnedAt?: string | null };

export const encodeKeysetCursor = (c: KeysetCursor) => Buffer.from(JSON.stringify(c)).toString("base64url");

const isTime = (v: unknown) => typeof v === "string" && !Number.isNaN(Date.parse(v));

/** The cursor a client sent back (none: the first page); 400 for anything this code did not write. */
export function decodeKeysetCursor(raw: string | undefined): KeysetCursor | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(Buffer.from(raw, "base64url").toString("utf8")) as KeysetCursor;
    if (!IdField.safeParse(value.id).success || (value.at !== null && !isTime(value.at))) throw new Error("bad cursor");
    if (value.pinnedAt !== undefined && value.pinnedAt !== null && !isTime(value.pinnedAt))
      throw new Error("bad cursor");
    return value;
  } catch {
    throw new AppError("bad_request", "The cursor is not valid; start from the first page.");
  }
}

type OlderThan<T extends string, I extends string> = {
  OR: [Record<T, { lt: Date }>, Record<T, Date> & Record<I, { lt: string }>];
};

/**
 * A filter for the rows after `cursor` in a newest-first list ordered by `timeKey`, then
 * `idKey` (both descending); nothing to filter on the first page.
 */
export function olderThan<T extends string, I extends string>(
  cursor: KeysetCursor | null,
  timeKey: T,
  idKey: I,
): OlderThan<T, I> | Record<string, never> {
  if (!cursor?.at) return {};
  const at = new Date(cursor.at);
  return {
    OR: [
      { [timeKey]: { lt: at } } as Record<T, { lt: Date }>,
      { [timeKey]: at, [idKey]: { lt: cursor.id } } as Record<T, Date> & Record<I, { lt: string }>,
    ],
  };
}

/** A page of `rows` (read with one extra, to tell whether more follow) and the cursor after it. */
export function keysetPage<R, T>(
  rows: R[],
  q: { limit: number },
  key: (r: R) => KeysetCursor,
  toDTO: (r: R) => T,
): Page<T> {
  const items = rows.slice(0, q.limit);
  const last = items.at(-1);
  return { items: items.map(toDTO), nextCursor: rows.length > q.limit && last ? encodeKeysetCursor(key(last)) : null };
}
