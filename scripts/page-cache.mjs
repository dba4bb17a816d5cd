// The reader pages every visitor gets alike (home, a course, an article) are rendered once and
// served from memory for a moment: a page read by tens of thousands costs one render per
// couple of seconds instead of one per reader. A signed-in reader's page holds their own bits
// (pending comments, likes, an instructor's controls) and is always rendered for them.
// What the cached copy lacks since its render, the page's live stream replays from the
// event id the copy carries. Plain JavaScript, like the server that imports it.
import { randomBytes } from "node:crypto";

/** Pages whose visitor copy is the same for every visitor. */
const SHARED_PAGES = [/^\/$/, /^\/courses\/[^/]+$/, /^\/courses\/[^/]+\/articles\/[^/]+$/];
/** next-auth's session cookie, over HTTPS or not, whole or in chunks. */
const SESSION_COOKIE = /(?:^|;)\s*(?:__Secure-)?authjs\.session-token(?:\.\d+)?=/;
/** What else a visitor's page depends on: language and time zone (lib/i18n/request.ts). */
const VARIANT_COOKIES = ["NEXT_LOCALE", "jingxuan-tz"];
/** Requests Next.js answers with something other than the document (router data, actions). */
const NOT_A_DOCUMENT = ["rsc", "next-router-prefetch", "next-router-state-tree", "next-action"];
/** The per-render nonce the layer hands to proxy.ts (which builds the policy around it). */
export const RENDER_NONCE_HEADER = "x-render-nonce";
/**
 * Writes after which every visitor page still reads the same, or whose change the page's
 * live stream brings (likes, curation, new comments and replies, which wait for curation or
 * arrive live). Any other successful write (publishing, settings, names…) may change what
 * visitors see, so it empties this server's cache; other servers' copies expire.
 */
const KEEPS_PAGES = [
  /^\/api\/comments\/[^/]+\/(like|replies|curation)$/,
  /^\/api\/articles\/[^/]+\/comments$/,
  /^\/api\/(auth|password-reset)(\/|$)/,
  /^\/api\/(register|reports|uploads|unsubscribe|notifications\/read|me\/password|me\/sign-out-everywhere)$/,
];
/** Headers that belong to one response on one connection, not to the page. */
const PER_RESPONSE = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length"]);

export const VISITOR_CACHE_CONTROL = "public, max-age=0, s-maxage=2, stale-while-revalidate=30";
export const SIGNED_IN_CACHE_CONTROL = "private, no-cache";

/**
 * @typedef {{ status: number, headers: Record<string, string | string[]>, body: Buffer,
 *   freshUntil: number, staleUntil: number }} Entry
 * @typedef {{ isEnabled?: boolean, freshMs?: number, staleMs?: number, maxBytes?: number,
 *   now?: () => number }} Options
 */

/**
 * A cache of visitor pages in front of `render` (Next.js's request handler).
 * Fresh for `freshMs`; then, for `staleMs` more, a copy is still served while one request
 * renders the next (no stampede of renders when a hot page expires). First renders of a page
 * are shared the same way: concurrent visitors wait for the one in progress.
 * @param {Options} options
 */
export function createPageCache({
  isEnabled = true,
  freshMs = 2_000,
  staleMs = 30_000,
  maxBytes = 64 * 2 ** 20,
  now = Date.now,
} = {}) {
  /** @type {Map<string, Entry>} oldest first (a Map keeps insertion order) */
  const entries = new Map();
  /** @type {Map<string, Promise<void>>} renders in progress that will fill an entry */
  const renders = new Map();
  let bytes = 0;
  /** Raised by every write that may change pages: a render begun before it is not kept. */
  let generation = 0;

  function clear() {
    entries.clear();
    bytes = 0;
    generation += 1;
  }

  function store(key, entry) {
    drop(key);
    entries.set(key, entry);
    bytes += entry.body.length;
    for (const [oldest, { body }] of entries) {
      if (bytes <= maxBytes) break;
      entries.delete(oldest);
      bytes -= body.length;
    }
  }

  function drop(key) {
    const old = entries.get(key);
    if (!old) return;
    entries.delete(key);
    bytes -= old.body.length;
  }

  /**
   * Answers the request from the cache or lets `render` answer it (filling the cache when
   * the page is a shared one).
   * @param {import("node:http").IncomingMessage} req
   * @param {import("node:http").ServerResponse} res
   * @param {() => unknown} render
   */
  async function handle(req, res, render) {
    delete req.headers[RENDER_NONCE_HEADER]; // only this layer chooses it
    const kind = classify(req);
    if (kind === "write") {
      res.once("finish", () => res.statusCode < 300 && clear());
      return render();
    }
    if (kind === "other") return render();
    // Each render gets its own unguessable nonce; no client can choose it.
    req.headers[RENDER_NONCE_HEADER] = randomBytes(16).toString("base64");
    if (kind === "signed-in" || !isEnabled) {
      setPageHeaders(res, kind === "signed-in" ? SIGNED_IN_CACHE_CONTROL : VISITOR_CACHE_CONTROL, "bypass");
      return render();
    }
    const key = variantKey(req);
    let entry = entries.get(key);
    if (!entry && renders.has(key)) {
      await renders.get(key);
      entry = entries.get(key);
    }
    const at = now();
    if (entry && (at < entry.freshUntil || (at < entry.staleUntil && renders.has(key)))) {
      return send(req, res, entry, at < entry.freshUntil ? "hit" : "stale");
    }
    if (entry && at >= entry.staleUntil) drop(key);
    setPageHeaders(res, VISITOR_CACHE_CONTROL, "miss");
    if (req.method === "GET")
      renders.set(
        key,
        capture(res, key).finally(() => renders.delete(key)),
      );
    return render();
  }

  /** Keeps what `render` writes to `res`, and stores it if it is a whole, shareable page. */
  function capture(res, key) {
    const begunAt = generation;
    /** @type {Buffer[]} */
    const chunks = [];
    const write = res.write;
    const end = res.end;
    const keep = (chunk, encoding) => {
      if (chunk == null || typeof chunk === "function") return;
      chunks.push(
        Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8"),
      );
    };
    res.write = function (chunk, encoding, callback) {
      keep(chunk, encoding);
      return write.call(this, chunk, encoding, callback);
    };
    res.end = function (chunk, encoding, callback) {
      keep(chunk, encoding);
      return end.call(this, chunk, encoding, callback);
    };
    return new Promise((resolve) => {
      res.once("close", () => {
        const headers = res.getHeaders();
        const isShareable =
          begunAt === generation &&
          res.writableFinished &&
          res.statusCode === 200 &&
          !headers["set-cookie"] &&
          String(headers["content-type"] ?? "").startsWith("text/html");
        if (isShareable) {
          const at = now();
          store(key, {
            status: 200,
            headers: storedHeaders(headers),
            body: Buffer.concat(chunks),
            freshUntil: at + freshMs,
            staleUntil: at + freshMs + staleMs,
          });
        } else if (begunAt === generation) {
          drop(key); // a page that went away (404, 410, an error) stops being served at once
        }
        resolve();
      });
    });
  }

  return { handle, clear, size: () => entries.size };
}

/**
 * "write": a write that may change what visitors see.
 * "other": not a reader page (API, assets, router data): the layer leaves it alone.
 * "signed-in": a reader page for someone with a session cookie: rendered for them.
 * "visitor": a reader page for a visitor: shared.
 * @param {import("node:http").IncomingMessage} req
 */
function classify(req) {
  const url = req.url ?? "/";
  const query = url.indexOf("?");
  const path = query === -1 ? url : url.slice(0, query);
  if (req.method !== "GET" && req.method !== "HEAD") {
    return path.startsWith("/api/") && !KEEPS_PAGES.some((write) => write.test(path)) ? "write" : "other";
  }
  if (!SHARED_PAGES.some((page) => page.test(path))) return "other";
  if (query !== -1 && new URLSearchParams(url.slice(query)).has("_rsc")) return "other";
  if (NOT_A_DOCUMENT.some((name) => req.headers[name] !== undefined)) return "other";
  return SESSION_COOKIE.test(req.headers.cookie ?? "") ? "signed-in" : "visitor";
}

/** Everything a visitor's copy of a page can differ by. */
function variantKey(req) {
  const cookies = req.headers.cookie ?? "";
  return [
    req.headers.host,
    req.headers["x-forwarded-proto"],
    req.url,
    ...VARIANT_COOKIES.map((name) => cookieValue(cookies, name)),
    req.headers["accept-language"],
    req.headers["accept-encoding"],
  ].join("\n");
}

function cookieValue(header, name) {
  for (const part of header.split(";")) {
    const at = part.indexOf("=");
    if (at !== -1 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return "";
}

/**
 * Sets the page's caching headers as Next.js writes the head (it sends its own
 * `no-store` for pages rendered per request, which would also keep them out of the
 * back/forward cache). Only for HTML: an error page's answer keeps what Next.js says.
 */
function setPageHeaders(res, cacheControl, state) {
  const writeHead = res.writeHead;
  res.writeHead = function (status, ...rest) {
    const headers = rest.find((arg) => arg && typeof arg === "object");
    if (headers) for (const [name, value] of Object.entries(headers)) this.setHeader(name, value);
    if (String(this.getHeader("content-type") ?? "").startsWith("text/html")) {
      this.setHeader("Cache-Control", cacheControl);
      this.setHeader("Vary", withVary(this.getHeader("vary"), ["Accept-Language", "Cookie", "Accept-Encoding"]));
      this.setHeader("X-Page-Cache", state);
    }
    const reason = rest.find((arg) => typeof arg === "string");
    return reason ? writeHead.call(this, status, reason) : writeHead.call(this, status);
  };
}

/** Next.js varies pages by its router headers already; the page also varies by these. */
function withVary(current, names) {
  const have = String(current ?? "")
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean);
  const lower = new Set(have.map((name) => name.toLowerCase()));
  return [...have, ...names.filter((name) => !lower.has(name.toLowerCase()))].join(", ");
}

function storedHeaders(headers) {
  /** @type {Record<string, string | string[]>} */
  const kept = {};
  for (const [name, value] of Object.entries(headers)) {
    if (!PER_RESPONSE.has(name) && value !== undefined) kept[name] = Array.isArray(value) ? value : String(value);
  }
  return kept;
}

/** @param {Entry} entry */
function send(req, res, entry, state) {
  res.writeHead(entry.status, {
    ...entry.headers,
    "x-page-cache": state,
    "content-length": entry.body.length,
  });
  res.end(req.method === "HEAD" ? undefined : entry.body);
}
