// The production HTTP server: Next.js behind node:http, so that SIGTERM drains instead of
// dropping connections (`next start` exits at once). Started by scripts/serve.ts, which
// owns the database's lifecycle. Plain JavaScript on purpose: a TypeScript loader in the
// serving process costs every module lookup and every error stack at run time.
import http from "node:http";
import next from "next";

const port = Number(process.env.PORT ?? 3000);
const DRAIN_MS = 10_000; // after this, long-lived streams (live updates) are cut

const app = next({ dev: false, dir: process.cwd(), port });
await app.prepare();
const handle = app.getRequestHandler();
let isDraining = false;
const server = http.createServer((req, res) => {
  if (isDraining) res.setHeader("Connection", "close"); // this connection takes no further request
  void handle(req, res);
});
server.listen(port, () => console.log(`Ready on port ${port}`));

// Drain: keep accepting (closing the listener would reset connections still waiting in the
// kernel's backlog) but end every connection after its response; exit once nothing new has
// arrived for a moment and every connection is closed. A load balancer stops sending
// traffic meanwhile.
const QUIET_MS = 500;
let lastConnectionAt = Date.now();
server.on("connection", () => (lastConnectionAt = Date.now()));

function shutdown() {
  if (isDraining) return;
  isDraining = true;
  server.closeIdleConnections(); // keep-alive connections with no request in flight
  setInterval(() => {
    if (Date.now() - lastConnectionAt < QUIET_MS) return;
    server.getConnections((_err, open) => open === 0 && process.exit(0));
  }, 100);
  setTimeout(() => {
    server.closeAllConnections();
    process.exit(0);
  }, DRAIN_MS).unref();
}
process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);
