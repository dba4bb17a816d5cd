// What the HTTP server settles before Next.js sees a request: methods no route answers,
// URLs no route can hold, and the client's address, believed only as far as TRUST_PROXY
// says. Plain JavaScript, like the server that imports it.
import proxyaddr from "proxy-addr";

const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);
export const ALLOWED_METHODS = [...METHODS].join(", ");

// A control character, raw or percent-encoded (NUL, newline, DEL…), in the path or query.
// No id, slug or parameter of this app holds one; PostgreSQL text cannot hold NUL at all.
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]|%(?:[01][0-9a-f]|7f)/i;

/**
 * Why a request is refused before routing, as the API's error, or null to go on.
 * @param {{ method?: string, url?: string }} req
 */
export function refusal(req) {
  if (!METHODS.has(req.method ?? "")) {
    return {
      status: 405,
      code: "method_not_allowed",
      message: "This method is not allowed.",
      headers: { Allow: ALLOWED_METHODS },
    };
  }
  const url = req.url ?? "";
  if (CONTROL_CHARACTER.test(url)) {
    return { status: 400, code: "bad_request", message: "The address contains control characters.", headers: {} };
  }
  if (!decodesAsUtf8(url.split("?")[0] ?? "")) {
    return { status: 400, code: "bad_request", message: "The address is not validly percent-encoded.", headers: {} };
  }
  return null;
}

/** Whether a path's percent-escapes spell valid UTF-8 ("%zz", "%C0%AF" and "%E0%A4" do not). */
function decodesAsUtf8(path) {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * TRUST_PROXY → which peers' forwarding headers to believe:
 * unset, "" or "false": none (the socket's address is the client's);
 * a number n: the n nearest hops (e.g. 1 behind a single nginx that nothing else can reach);
 * otherwise a comma-separated list of addresses, CIDR ranges or the names
 * loopback, linklocal and uniquelocal.
 * @param {string | undefined} value
 * @returns {(address: string, hop: number) => boolean}
 */
export function parseTrustProxy(value) {
  const setting = (value ?? "").trim();
  if (setting === "" || setting === "false") return () => false;
  if (/^\d+$/.test(setting)) {
    const hops = Number(setting);
    return (_address, hop) => hop < hops;
  }
  return proxyaddr.compile(
    setting
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
  );
}

/**
 * The client's address: the socket's peer, or the nearest untrusted hop of X-Forwarded-For
 * when the peer is a trusted proxy. IPv4-mapped IPv6 addresses are written as IPv4.
 * @param {import("node:http").IncomingMessage} req
 * @param {(address: string, hop: number) => boolean} trust
 */
export function clientAddress(req, trust) {
  const address = proxyaddr(req, trust) ?? "unknown";
  return address.startsWith("::ffff:") && address.includes(".") ? address.slice(7) : address;
}

/**
 * Rewrites the forwarding headers the app reads: X-Forwarded-For becomes the one client
 * address; the proxy's Host and scheme are kept only when the peer is a trusted proxy.
 * @param {import("node:http").IncomingMessage} req
 * @param {(address: string, hop: number) => boolean} trust
 */
export function settleForwarding(req, trust) {
  const peer = req.socket.remoteAddress ?? "";
  if (!trust(peer, 0)) {
    delete req.headers["x-forwarded-host"];
    delete req.headers["x-forwarded-proto"];
    delete req.headers["x-forwarded-port"];
  }
  delete req.headers["x-real-ip"];
  req.headers["x-forwarded-for"] = clientAddress(req, trust);
}
