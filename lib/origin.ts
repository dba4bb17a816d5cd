import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

// Where this app is served. The HTTP server (scripts/edge.mjs) keeps a proxy's
// X-Forwarded-Host and -Proto only when TRUST_PROXY trusts that proxy, so what is read here
// is either the trusted proxy's word or the request's own Host.

/** The Host the client asked for, "name:port" as sent; 400 when it is not a plain host. */
export function requestHost(headers: Headers): string {
  const host = (headers.get("x-forwarded-host") ?? headers.get("host") ?? "").split(",")[0]!.trim();
  let parsed: URL | null = null;
  try {
    parsed = new URL(`http://${host}`);
  } catch {
    parsed = null;
  }
  // Anything but a host and port (a path, credentials, spaces) would change where a URL points.
  if (!host || parsed?.host !== host.toLowerCase().replace(/:80$/, "")) {
    throw new AppError("bad_request", "The Host header is not valid.");
  }
  return host;
}

/** The origin people reach this app at: PUBLIC_URL when configured, else this request's. */
export function publicOrigin(headers: Headers): string {
  if (env.PUBLIC_URL) return new URL(env.PUBLIC_URL).origin;
  const proto = headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https" ? "https" : "http";
  return new URL(`${proto}://${requestHost(headers)}`).origin;
}

/**
 * `value` as a path on this origin ("/courses/x?y#z"), or "/" when it would lead anywhere
 * else. Parsed as a browser would (backslashes, tabs, encoded forms, `javascript:`), so what
 * passes cannot be read as another origin.
 */
export function sameOriginPath(value: unknown, origin: string): string {
  if (typeof value !== "string" || value === "") return "/";
  let url: URL;
  try {
    url = new URL(value, origin);
  } catch {
    return "/";
  }
  const path = url.pathname + url.search + url.hash;
  // "/.//evil.example" is a path on this origin, but "//evil.example" followed later is not.
  return url.origin === origin && !path.startsWith("//") ? path : "/";
}
