import { AppError } from "@/lib/errors";
import { IdField } from "@/lib/validation";
import { SEARCH_RESULT_KINDS, type SearchResultKind } from "./schema";

// Keyset cursor over (rank, kind, id), opaque to clients. A result's rank depends on its own text
// and the query only (ts_rank_cd reads no corpus statistics), so the order is total and stable:
// the next page starts after the last result shown, without an offset that would skip or repeat
// results when a comment is featured or an article published between two pages. The rank travels
// as PostgreSQL printed it, which reads back as the same real.

export type SearchCursor = { rank: string; kind: SearchResultKind; id: string };

export const encodeSearchCursor = (c: SearchCursor) =>
  Buffer.from(JSON.stringify([c.rank, c.kind, c.id])).toString("base64url");

const RANK = /^(\d+(\.\d+)?(e[-+]?\d+)?|NaN)$/i;

export function decodeSearchCursor(raw: string | undefined): SearchCursor | null {
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
    if (!Array.isArray(value) || value.length !== 3) throw new Error("bad cursor");
    const [rank, kind, id] = value as unknown[];
    if (typeof rank !== "string" || !RANK.test(rank)) throw new Error("bad rank");
    if (!SEARCH_RESULT_KINDS.includes(kind as SearchResultKind)) throw new Error("bad kind");
    if (!IdField.safeParse(id).success) throw new Error("bad id");
    return { rank, kind: kind as SearchResultKind, id: id as string };
  } catch {
    throw new AppError("bad_request", "The cursor is not valid; start from the first page.");
  }
}
