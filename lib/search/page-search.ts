import type { CurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { clientIp, rateLimit } from "@/lib/rate-limit";
import "server-only";
import { SEARCH_PAGE_SIZE, SEARCH_QUERY_MAX_LENGTH, type SearchPage } from "./schema";
import { searchCourse } from "./search-course";

export type PageSearchOutcome =
  { kind: "prompt" } | { kind: "tooLong" } | { kind: "rateLimited" } | { kind: "results"; page: SearchPage };

/**
 * The search page's answer for what the address asks: the same search and the same per-address
 * budget as the API, with its refusals as states the page shows (a stale or broken cursor
 * starts over from the first page rather than failing the page).
 */
export async function runPageSearch(
  viewer: CurrentUser | null,
  courseSlug: string,
  input: { q: string; cursor?: string },
  requestHeaders: Pick<Headers, "get">,
): Promise<PageSearchOutcome> {
  if (input.q === "") return { kind: "prompt" };
  if (input.q.length > SEARCH_QUERY_MAX_LENGTH) return { kind: "tooLong" };
  const search = (cursor?: string) => searchCourse(viewer, courseSlug, { q: input.q, cursor, limit: SEARCH_PAGE_SIZE });
  try {
    await rateLimit("search", clientIp({ headers: requestHeaders }));
    return { kind: "results", page: await search(input.cursor) };
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    if (err.code === "rate_limited") return { kind: "rateLimited" };
    if (err.code === "bad_request" && input.cursor) return { kind: "results", page: await search() };
    throw err;
  }
}
