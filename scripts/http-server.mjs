// The HTTP server of `npm start` and `npm run dev`: Next.js behind node:http, so that
// SIGTERM drains instead of dropping connections (`next start` exits at once), and so that
// every request passes scripts/edge.mjs first (client address, methods, control characters),
// and so that visitors' reader pages come from scripts/page-cache.mjs.
// Started by scripts/serve.ts, which owns the database's lifecycle. Plain JavaScript on
// purpose: a TypeScript loader in the serving process costs every module lookup and every
// error stack at run time.
import next from "next";
import http from "node:http";
import { parseTrustProxy, refusal, settleForwarding } from "./edge.mjs";
import { createPageCache } from "./page-cache.mjs";

const port = Number(process.env.PORT ?? 3000);
const DRAIN_MS = 10_000; // after this, long-lived streams (live updates) are cut

const dev = process.env.NODE_ENV !== "production";
const app = next({ dev, dir: process.cwd(), port });
await app.prepare();
const handle = app.getRequestHandler();
const trust = parseTrustProxy(process.env.TRUST_PROXY);
const pages = createPageCache({
  isEnabled: !dev && process.env.PAGE_CACHE !== "off",
  freshMs: Number(process.env.PAGE_CACHE_FRESH_MS) || undefined,
});
let isDraining = false;
const server = http.createServer((req, res) => {
  if (isDraining) res.setHeader("Connection", "close"); // this connection takes no further request
  const refused = refusal(req);
  if (refused) {
    const body = JSON.stringify({ error: { code: refused.code, message: refused.message } });
    res.writeHead(refused.status, { ...refused.headers, "Content-Type": "application/json", Connection: "close" });
    res.end(body);
    return;
  }
  settleForwarding(req, trust);
  res.once("finish", () => lingerUnread(req));
  void pages.handle(req, res, () => handle(req, res));
});

// An answer sent before its request's body was read in full (a 413) leaves the rest unread.
// Closing at once could reset the connection before the client reads the answer; never
// closing would let the client hold it. So the client gets LINGER_MS, as nginx's lingering
// close does, unless the body ends first (Node discards bodies no route began to read).
const LINGER_MS = 5_000;
function lingerUnread(req) {
  if (req.complete) return;
  const cut = setTimeout(() => req.socket.destroy(), LINGER_MS);
  cut.unref();
  req.once("end", () => clearTimeout(cut));
  req.once("close", () => clearTimeout(cut));
}
server.listen(port, () => console.log(`Ready on port ${port}`));

// Drain: keep accepting (closing the listener would reset connections still waiting in the
// kernel's backlog) but end every connection after its response; exit once nothing new has
// arrived for a moment and every connection is closed. A load balancer stops sending
// traffic meanwhile.
const QUIET_MS = 500;
let lastConnectionAt = Date.now();
server.on("connection", () => (lastConnectionAt = Date.now()));

// Background work (the mail worker, see instrumentation.ts) stops after the last request:
// a mail being handed to SMTP is finished, not cut off to be sent again by another server.
let isExiting = false;
async function exit() {
  if (isExiting) return;
  isExiting = true;
  await Promise.resolve(globalThis.jingxuanStopBackground?.()).catch(() => {});
  process.exit(0);
}

function shutdown() {
  if (isDraining) return;
  isDraining = true;
  server.closeIdleConnections(); // keep-alive connections with no request in flight
  setInterval(() => {
    if (Date.now() - lastConnectionAt < QUIET_MS) return;
    server.getConnections((_err, open) => open === 0 && void exit());
  }, 100);
  setTimeout(() => {
    server.closeAllConnections();
    void exit();
  }, DRAIN_MS).unref();
}
process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);
