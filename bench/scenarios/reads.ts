// Reads as a visitor: the featured list (first page and a deep keyset page) and the
// article page's HTML.
import { COURSE_SLUG } from "../config";
import { measure, skipped, type Endpoint, type LoadResult } from "../lib/load";
import { errorMessage } from "../lib/log";
import type { Seeded } from "../setup-db";

export const DEEP_PAGE = 25;

export type ReadResults = { first: LoadResult; deep: LoadResult; page: LoadResult };

export const listPath = (articleId: string, cursor?: string) =>
  `/api/articles/${articleId}/comments?sort=top&limit=20${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`;

/** The cursor that starts page `page` (1-based) of the top-sorted list, walking from the first page. */
async function cursorOfPage(origin: string, articleId: string, page: number): Promise<string> {
  let cursor: string | undefined;
  for (let i = 1; i < page; i++) {
    const res = await fetch(origin + listPath(articleId, cursor), { signal: AbortSignal.timeout(10_000) });
    if (!res.ok) throw new Error(`GET ${listPath(articleId, cursor)} answered ${res.status}`);
    const body = (await res.json()) as { items: unknown[]; nextCursor: string | null };
    if (!body.nextCursor) throw new Error(`the list ended at page ${i}`);
    cursor = body.nextCursor;
  }
  if (!cursor) throw new Error("no cursor");
  return cursor;
}

export async function readScenarios({ origin, pid, logTail }: Endpoint, seeded: Seeded): Promise<ReadResults> {
  const id = seeded.main.id;
  const first = await measure("featured list, first page", {
    origin,
    serverPid: pid,
    target: "GET /api/articles/{id}/comments?sort=top&limit=20",
    next: () => ({ path: listPath(id) }),
    note: "anonymous",
  });

  let deep: LoadResult;
  try {
    const cursor = await cursorOfPage(origin, id, DEEP_PAGE);
    deep = await measure(`featured list, page ${DEEP_PAGE} (keyset cursor)`, {
      origin,
      serverPid: pid,
      target: "GET /api/articles/{id}/comments?sort=top&limit=20&cursor=…",
      next: () => ({ path: listPath(id, cursor) }),
      note: `anonymous; comments ${(DEEP_PAGE - 1) * 20 + 1}–${DEEP_PAGE * 20} of 1,000`,
    });
  } catch (err) {
    deep = skipped(`featured list, page ${DEEP_PAGE} (keyset cursor)`, "GET …&cursor=…", errorMessage(err));
  }

  const pagePath = `/courses/${COURSE_SLUG}/articles/${seeded.main.slug}`;
  let page: LoadResult;
  try {
    const probe = await fetch(origin + pagePath, { signal: AbortSignal.timeout(30_000) });
    const html = await probe.text();
    if (probe.status !== 200 || !/text\/html/.test(probe.headers.get("content-type") ?? "")) {
      throw new Error(
        `the page answered HTTP ${probe.status} (${probe.headers.get("content-type")}): ${html.slice(0, 200)}`,
      );
    }
    page = await measure("article page HTML", {
      origin,
      serverPid: pid,
      target: "GET /courses/{slug}/articles/{slug}",
      next: () => ({ path: pagePath, headers: { accept: "text/html" } }),
      note: `anonymous; ${(html.length / 1024).toFixed(0)} kB of HTML`,
    });
  } catch (err) {
    // The server's own last words say why (its log is otherwise not kept).
    const said = logTail?.()
      .split("\n")
      .filter((l) => /error|Error|⨯/.test(l))
      .slice(-3)
      .join(" / ");
    page = skipped(
      "article page HTML",
      `GET ${pagePath}`,
      errorMessage(err) + (said ? `; server log: ${said.slice(0, 400)}` : ""),
    );
  }
  return { first, deep, page };
}
