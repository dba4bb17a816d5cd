import { AppError, toErrorResponse } from "@/lib/errors";
import { log, requestIdOf } from "@/lib/log";
import { requestHost } from "@/lib/origin";
import { IdField } from "@/lib/validation";
import { z } from "@/lib/zod";

const MAX_BODY_BYTES = 64 * 1024;
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Wraps a route handler: refuses cross-site mutations (CSRF), answers 404 for path
 * parameters no id or slug can be, and turns every thrown error into the contract's error body.
 */
export function withApiErrors<C>(fn: (req: Request, ctx: C) => Promise<Response>) {
  return async (req: Request, ctx: C): Promise<Response> => {
    const requestId = requestIdOf(req);
    const started = performance.now();
    let res: Response;
    try {
      if (!SAFE_METHODS.has(req.method)) assertSameOrigin(req);
      await assertRouteParams(ctx);
      res = await fn(req, ctx);
    } catch (err) {
      res = toErrorResponse(err, requestId);
    }
    res.headers.set("x-request-id", requestId);
    const ms = Math.round(performance.now() - started);
    log[res.status >= 500 ? "error" : "info"](
      { requestId, method: req.method, path: new URL(req.url).pathname, status: res.status, ms },
      "request",
    );
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
  let originHost: string | null = null;
  try {
    originHost = new URL(origin).host;
  } catch {
    originHost = null;
  }
  if (originHost !== requestHost(req.headers)) throw new AppError("forbidden", "Cross-site requests are not allowed.");
}

/** Every path parameter (`[id]`, `[slug]`) must look like one; anything else names nothing. */
async function assertRouteParams(ctx: unknown) {
  const params = (ctx as { params?: Promise<Record<string, string | string[]>> } | undefined)?.params;
  if (!params) return;
  for (const value of Object.values(await params).flat()) {
    if (!IdField.safeParse(value).success) throw new AppError("not_found", "Not found.");
  }
}

const tooLarge = () => new AppError("payload_too_large", "The request body is too large.");

/**
 * The body's bytes, reading no further than `limit`: a larger body (declared, or streamed
 * in chunks with no length) is refused with 413 as soon as it passes the limit.
 */
export async function readBody(req: Request, limit = MAX_BODY_BYTES): Promise<Buffer> {
  if (Number(req.headers.get("content-length") ?? 0) > limit) throw tooLarge();
  if (!req.body) return Buffer.alloc(0);
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      // Not cancel(): that destroys the socket, and the 413 with it. The HTTP server cuts
      // the connection once the client has had time to read the answer.
      reader.releaseLock();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, size);
}

/** Reads a JSON body of bounded size and validates it with `schema`. */
export async function readJson<T extends z.ZodType>(
  req: Request,
  schema: T,
  limit = MAX_BODY_BYTES,
): Promise<z.infer<T>> {
  const type = req.headers.get("content-type") ?? "";
  if (!/^application\/json\b/i.test(type)) {
    throw new AppError("unsupported_media_type", "Send the body as application/json.");
  }
  let data: unknown;
  try {
    data = JSON.parse((await readBody(req, limit)).toString("utf8"), refuseLoneSurrogates);
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError("bad_request", "The body must be valid JSON.");
  }
  return schema.parse(data);
}

// A JSON escape like "\ud800" decodes to half a character: PostgreSQL's jsonb (the audit log)
// refuses it with an error of its own, and text columns would keep a replacement mark instead.
const LONE_SURROGATE = /\p{Surrogate}/u;

function refuseLoneSurrogates(key: string, value: unknown): unknown {
  if (LONE_SURROGATE.test(key) || (typeof value === "string" && LONE_SURROGATE.test(value))) {
    throw new AppError("bad_request", "The body contains half of a Unicode character.");
  }
  return value;
}

/** Parses URL search parameters with `schema` (400 on bad values). */
export function readQuery<T extends z.ZodType>(req: Request, schema: T): z.infer<T> {
  return schema.parse(Object.fromEntries(new URL(req.url).searchParams));
}

/**
 * Cache headers for a read: a CDN or nginx's micro-cache may share anonymous answers for
 * `sharedSeconds` (their data is the same for every visitor); anything personal stays private.
 */
export function readCacheHeaders(isAnonymous: boolean, sharedSeconds = 2): HeadersInit {
  return isAnonymous
    ? {
        "Cache-Control": `public, max-age=0, s-maxage=${sharedSeconds}, stale-while-revalidate=10`,
        Vary: "Cookie",
      }
    : { "Cache-Control": "private, no-store", Vary: "Cookie" };
}
