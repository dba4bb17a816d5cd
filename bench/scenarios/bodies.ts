// Oversized bodies: a stream of 100 MiB chunked POSTs (no Content-Length, so no early
// refusal from the header) at the routes that read a body. A server that stops reading at
// its limit answers 413 soon after that limit and its memory stays flat; one that reads whole
// bodies before checking them grows by about a body per request in flight.
// Measured: the server's memory (process group RSS) before, during and after the stream,
// and per route how soon it answered, in bytes sent and in time.
import { once } from "node:events";
import http from "node:http";
import { setImmediate as nextTurn } from "node:timers/promises";
import { CONFIG } from "../config";
import type { Endpoint } from "../lib/load";
import { log, sleep } from "../lib/log";
import { groupRssMiB } from "../lib/memory";
import type { Seeded } from "../setup-db";

const BODY_BYTES = 100 * 2 ** 20;
/** Every body is this one chunk sent again and again: the bench never holds a body in memory. */
const CHUNK = Buffer.alloc(64 * 1024, "a");
const SENDERS = 8;
const SAMPLE_MS = 250;
/** A server that neither answers nor reads stalls the sender: this ends such a body. */
const BODY_TIMEOUT_MS = 30_000;

type Route = { target: string; path: string; headers: Record<string, string>; prefix: string };

/**
 * How one body ended (the answer's status, or what ended the connection before an answer),
 * and the body bytes written and ms elapsed by then.
 */
type Sent = { outcome: string; bytesWritten: number; ms: number };

export type BodyRouteResult = {
  target: string;
  bodies: number;
  /** HTTP status of each answer, or the socket error / timeout that came instead of one. */
  outcomes: Record<string, number>;
  /** Median body bytes the client had written when the answer came or the server cut the connection. */
  medianBytesWritten: number | null;
  /** Median ms from the request's start to that moment. */
  medianMs: number | null;
};

export type BodiesResult = {
  bodyBytes: number;
  senders: number;
  bodies: number;
  seconds: number;
  /** Server memory (process group RSS, MiB): null where /proc is not there. */
  rssMiB: { baseline: number; peak: number; growth: number; after: number } | null;
  routes: BodyRouteResult[];
};

/** Sends one oversized body; stops writing as soon as an answer arrives or the connection ends. */
function sendBody(origin: string, route: Route): Promise<Sent> {
  return new Promise((resolve) => {
    const started = performance.now();
    const stop = new AbortController();
    let written = 0;
    let answered: Sent | undefined;
    // A new connection per body, destroyed once it ends: nothing half-sent is reused. It asks for
    // keep-alive as browsers do: on "Connection: close" a server that answers early closes with
    // the body still arriving, and the reset that follows can drop its answer before it is read.
    const req = http.request(new URL(route.path, origin), {
      method: "POST",
      agent: false,
      headers: { ...route.headers, connection: "keep-alive" },
    });
    const now = (outcome: string): Sent => ({ outcome, bytesWritten: written, ms: performance.now() - started });
    const finish = (sent: Sent) => {
      if (stop.signal.aborted) return;
      stop.abort();
      clearTimeout(timer);
      req.destroy();
      resolve(sent);
    };
    const timer = setTimeout(
      () => finish(answered ?? now(`no answer in ${BODY_TIMEOUT_MS / 1000} s`)),
      BODY_TIMEOUT_MS,
    );
    req.once("response", (res) => {
      answered = now(String(res.statusCode));
      res.resume();
      res.once("end", () => finish(answered!));
      res.once("error", () => finish(answered!));
    });
    // The server closing the connection early is a good outcome too, with or without an answer
    // seen first: a close with unread bytes resets the connection, which can drop its answer.
    req.on("error", (err: NodeJS.ErrnoException) => finish(answered ?? now(`${err.code ?? err.message}, no answer`)));
    req.once("close", () => finish(answered ?? now("closed, no answer")));

    const write = async (chunk: Buffer) => {
      written += chunk.length;
      if (!req.write(chunk)) await once(req, "drain", { signal: stop.signal }).catch(() => {});
      // 'drain' can come before any I/O is handled: yield, so answers and memory samples get in.
      await nextTurn();
    };
    void (async () => {
      await write(Buffer.from(route.prefix));
      while (written < BODY_BYTES && !stop.signal.aborted) {
        await write(BODY_BYTES - written >= CHUNK.length ? CHUNK : CHUNK.subarray(0, BODY_BYTES - written));
      }
      if (!stop.signal.aborted) req.end();
    })();
  });
}

const median = (values: number[]): number | null => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

export async function bodiesScenario(
  { origin, pid }: Endpoint,
  seeded: Seeded,
  cookies: string[],
): Promise<BodiesResult> {
  // None is a request a route would act on (the JSON never ends, the form has no CSRF token).
  const routes: Route[] = [
    {
      target: "POST /api/articles/{id}/comments",
      path: `/api/articles/${seeded.main.id}/comments`,
      headers: { cookie: cookies[0]!, "content-type": "application/json" },
      prefix: '{"body":"',
    },
    {
      target: "POST /api/register",
      path: "/api/register",
      headers: { "content-type": "application/json" },
      prefix: '{"email":"big@bench.example","password":"bench-password-1","name":"',
    },
    {
      target: "POST /api/auth/callback/credentials",
      path: "/api/auth/callback/credentials",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      prefix: "email=big%40bench.example&password=",
    },
  ];
  const sent: Sent[][] = routes.map(() => []);

  const rss = () => (pid ? groupRssMiB(pid) : null);
  const baseline = rss();
  let peak = baseline;
  const sampler = setInterval(() => {
    const now = rss();
    if (peak !== null && now !== null) peak = Math.max(peak, now);
  }, SAMPLE_MS);

  const started = performance.now();
  const deadline = Date.now() + CONFIG.oversizedSeconds * 1000;
  let next = 0;
  try {
    await Promise.all(
      Array.from({ length: SENDERS }, async () => {
        while (next < CONFIG.oversizedBodies && Date.now() < deadline) {
          const i = next++ % routes.length;
          sent[i]!.push(await sendBody(origin, routes[i]!));
        }
      }),
    );
  } finally {
    clearInterval(sampler);
  }
  const seconds = (performance.now() - started) / 1000;
  // What is still held once the stream has stopped (memory a server keeps, or has not yet freed).
  await sleep(2_000);
  const after = rss();

  const result: BodiesResult = {
    bodyBytes: BODY_BYTES,
    senders: SENDERS,
    bodies: next,
    seconds: Math.round(seconds * 10) / 10,
    rssMiB:
      baseline !== null && peak !== null && after !== null
        ? {
            baseline: Math.round(baseline),
            peak: Math.round(Math.max(peak, after)),
            growth: Math.round(Math.max(peak, after) - baseline),
            after: Math.round(after),
          }
        : null,
    routes: routes.map((route, i) => {
      const outcomes: Record<string, number> = {};
      for (const s of sent[i]!) outcomes[s.outcome] = (outcomes[s.outcome] ?? 0) + 1;
      const ms = median(sent[i]!.map((s) => s.ms));
      return {
        target: route.target,
        bodies: sent[i]!.length,
        outcomes,
        medianBytesWritten: median(sent[i]!.map((s) => s.bytesWritten)),
        medianMs: ms === null ? null : Math.round(ms),
      };
    }),
  };
  const mem = result.rssMiB;
  log(
    `oversized bodies: ${result.bodies} × 100 MiB in ${result.seconds} s; server RSS ${mem ? `${mem.baseline} → peak ${mem.peak} MiB (+${mem.growth}), ${mem.after} MiB after` : "not measured"}; ` +
      result.routes
        .map(
          (r) =>
            `${r.target}: ${JSON.stringify(r.outcomes)}, median ${r.medianBytesWritten === null ? "—" : `${(r.medianBytesWritten / 2 ** 20).toFixed(2)} MiB`} sent, ${r.medianMs ?? "—"} ms`,
        )
        .join("; "),
  );
  return result;
}
