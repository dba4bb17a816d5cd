// The machine's ceiling for a Node HTTP server: node:http answering a constant JSON body.
// Also the bench's stand-in for Waline's OAuth service list. Usage: bare-http.ts PORT [BODY]
import http from "node:http";

const port = Number(process.argv[2]);
const body = Buffer.from(process.argv[3] ?? '{"ok":true}');
if (!Number.isInteger(port) || port <= 0) throw new Error("usage: bare-http.ts PORT [BODY]");

http
  .createServer((_req, res) => {
    res.writeHead(200, { "content-type": "application/json", "content-length": body.length });
    res.end(body);
  })
  .listen(port, "127.0.0.1");

process.on("SIGTERM", () => process.exit(0));
