// Reads: the featured list as a visitor (first page and a deep keyset page), and the
// article page's HTML as a visitor and as a signed-in member, with its caching headers.
import { COURSE_SLUG } from "../config";
import { measure, skipped, type Endpoint, type LoadOptions, type LoadResult } from "../lib/load";
import { errorMessage } from "../lib/log";
import type { Seeded } from "../setup-db";

export const DEEP_PAGE = 25;

export type CacheHeaders = { status: number; cacheControl: string | null; vary: string | null };
/** The page's caching headers for a visitor and for a member (null: no answer, or no session to ask with). */
export type PageHeaders = { anonymous: CacheHeaders | null; signedIn: CacheHeaders | null };

export type ReadResults = {
  first: LoadResult;
  deep: LoadResult;
  page: LoadResult;
  /** The same page for members, each request from the next member's session. */
  pageSignedIn?: LoadResult;
  headers?: PageHeaders;
};

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

export async function readScenarios(
  { origin, pid, logTail }: Endpoint,
  seeded: Seeded,
  cookies?: string[],
): Promise<ReadResults> {
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

  const pagePath = articlePagePath(seeded);
  // The app server's page cache says what it did in X-Page-Cache (hit, stale, miss; bypass when signed in).
  const tallied = { tallyHeader: "X-Page-Cache" };
  const page = await pageScenario(
    { origin, pid, logTail },
    "article page HTML",
    pagePath,
    () => ({}),
    "anonymous",
    tallied,
  );
  const headers: PageHeaders = { anonymous: await headersOf(origin + pagePath, {}), signedIn: null };
  let pageSignedIn: LoadResult | undefined;
  if (cookies?.length) {
    headers.signedIn = await headersOf(origin + pagePath, { cookie: cookies[0]! });
    let n = 0;
    pageSignedIn = await pageScenario(
      { origin, pid, logTail },
      "article page HTML, signed in",
      pagePath,
      () => ({ cookie: cookies[n++ % cookies.length]! }),
      `rotating member sessions (${cookies.length})`,
      tallied,
    );
  }
  return { first, deep, page, pageSignedIn, headers };
}

export const articlePagePath = (seeded: Seeded) => `/courses/${COURSE_SLUG}/articles/${seeded.main.slug}`;

/** The caching headers of a page, as a visitor or a member gets them. */
async function headersOf(url: string, headers: Record<string, string>): Promise<CacheHeaders | null> {
  try {
    const res = await fetch(url, { headers: { accept: "text/html", ...headers }, signal: AbortSignal.timeout(30_000) });
    await res.arrayBuffer();
    return { status: res.status, cacheControl: res.headers.get("cache-control"), vary: res.headers.get("vary") };
  } catch {
    return null;
  }
}

/** The HTML of a page under load, after one probe that must answer 200 with HTML. */
export async function pageScenario(
  { origin, pid, logTail }: Endpoint,
  name: string,
  pagePath: string,
  headers: () => Record<string, string>,
  note: string,
  more: Partial<LoadOptions> = {},
): Promise<LoadResult> {
  try {
    const probe = await fetch(origin + pagePath, { headers: headers(), signal: AbortSignal.timeout(30_000) });
    const html = await probe.text();
    if (probe.status !== 200 || !/text\/html/.test(probe.headers.get("content-type") ?? "")) {
      throw new Error(
        `the page answered HTTP ${probe.status} (${probe.headers.get("content-type")}): ${html.slice(0, 200)}`,
      );
    }
    return await measure(name, {
      origin,
      serverPid: pid,
      target: "GET /courses/{slug}/articles/{slug}",
      // As browsers ask for a page: compressed (every browser sends Accept-Encoding).
      next: () => ({ path: pagePath, headers: { accept: "text/html", "accept-encoding": "gzip", ...headers() } }),
      note: `${note}; ${(html.length / 1024).toFixed(0)} kB of HTML, gzip on the wire`,
      ...more,
    });
  } catch (err) {
    // The server's own last words say why (its log is otherwise not kept).
    const said = logTail?.()
      .split("\n")
      .filter((l) => /error|Error|⨯/.test(l))
      .slice(-3)
      .join(" / ");
    return skipped(name, `GET ${pagePath}`, errorMessage(err) + (said ? `; server log: ${said.slice(0, 400)}` : ""));
  }
}
