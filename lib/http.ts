import * as z from "zod";
import { AppError, toErrorResponse } from "@/lib/errors";
import { log, requestIdOf } from "@/lib/log";

const MAX_BODY_BYTES = 64 * 1024;
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Wraps a route handler: refuses cross-site mutations (CSRF) and turns every thrown
 * error into the contract's error body.
 */
export function withApiErrors<C>(fn: (req: Request, ctx: C) => Promise<Response>) {
  return async (req: Request, ctx: C): Promise<Response> => {
    const requestId = requestIdOf(req);
    const started = performance.now();
    let res: Response;
    try {
      if (!SAFE_METHODS.has(req.method)) assertSameOrigin(req);
      res = await fn(req, ctx);
    } catch (err) {
      res = toErrorResponse(err, requestId);
    }
    res.headers.set("x-request-id", requestId);
    const ms = Math.round(performance.now() - started);
    log[res.status >= 500 ? "error" : "info"]({ requestId, method: req.method, path: new URL(req.url).pathname, status: res.status, ms }, "request");
    return res;
  };
}

/**
 * Browsers send Origin (and Sec-Fetch-Site) on every mutating request; a foreign one is
 * a cross-site request forgery. Clients that send neither carry no ambient cookies of
 * a victim's browser, so they pass.
 */
export function assertSameOrigin(req: Request) {
  const fetchSite = req.headers.get("sec-fetch-site");
  if (fetchSite && fetchSite !== "same-origin" && fetchSite !== "none") {
    throw new AppError("forbidden", "Cross-site requests are not allowed.");
  }
  const origin = req.headers.get("origin");
  if (!origin) return;
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
  let originHost: string | null = null;
  try {
    originHost = new URL(origin).host;
  } catch {
    originHost = null;
  }
  if (!host || originHost !== host) throw new AppError("forbidden", "Cross-site requests are not allowed.");
}

/** Reads a JSON body of bounded size and validates it with `schema`. */
export async function readJson<T extends z.ZodType>(req: Request, schema: T): Promise<z.infer<T>> {
  const type = req.headers.get("content-type") ?? "";
  if (!/^application\/json\b/i.test(type)) {
    throw new AppError("unsupported_media_type", "Send the body as application/json.");
  }
  const declared = Number(req.headers.get("content-length") ?? 0);
  if (declared > MAX_BODY_BYTES) throw new AppError("payload_too_large", "The request body is too large.");
  const text = await req.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) throw new AppError("payload_too_large", "The request body is too large.");
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new AppError("bad_request", "The body must be valid JSON.");
  }
  return schema.parse(data);
}

/** Parses URL search parameters with `schema` (400 on bad values). */
export function readQuery<T extends z.ZodType>(req: Request, schema: T): z.infer<T> {
  return schema.parse(Object.fromEntries(new URL(req.url).searchParams));
}

/**
 * Cache headers for a read: a CDN may share anonymous answers for a moment (their data is
 * the same for every visitor); anything personal stays private.
 */
export function readCacheHeaders(isAnonymous: boolean): HeadersInit {
  return isAnonymous
    ? { "Cache-Control": "public, max-age=0, s-maxage=2, stale-while-revalidate=10", Vary: "Cookie" }
    : { "Cache-Control": "private, no-store", Vary: "Cookie" };
}
