// Walking a keyset-paged list the way a client does, for paging tests.
import type { Page } from "@/lib/comments/schema";
import { expect } from "vitest";

/** Reads every page from `from` on, checking each page's size; the ids in order and how many pages. */
export async function walkPages(
  read: (cursor?: string) => Promise<Page<{ id: string }>>,
  limit: number,
  from?: string,
) {
  const ids: string[] = [];
  let cursor = from;
  let pages = 0;
  do {
    const page = await read(cursor);
    pages++;
    expect(page.items.length).toBeLessThanOrEqual(limit);
    if (page.nextCursor) expect(page.items).toHaveLength(limit);
    ids.push(...page.items.map((i) => i.id));
    cursor = page.nextCursor ?? undefined;
    expect(pages).toBeLessThan(100);
  } while (cursor);
  return { ids, pages };
}
