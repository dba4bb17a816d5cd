// One HTTP scenario: a warm-up that is thrown away, then a measured run, both with
// autocannon, bounded in time and in count.
import autocannon, { type Result } from "autocannon";
import os from "node:os";
import { CONFIG } from "../config";
import { groupCpuMs } from "./cpu";
import { log } from "./log";

export type RequestSpec = {
  method?: "GET" | "POST" | "PUT" | "DELETE";
  path: string;
  headers?: Record<string, string>;
  body?: string;
};

export type LoadResult = {
  name: string;
  /** Method and path pattern, for the report. */
  target: string;
  connections: number;
  seconds: number;
  requests: number;
  rps: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  /** Socket errors and timeouts, non-2xx answers, and 2xx answers whose body said failure. */
  errors: number;
  statusCodes: Record<string, number>;
  /** Answers with a 2xx status (and, where checked, a body that says success). */
  ok: number;
  /** CPU ms the server's processes spent per request in the measured run (Linux only). */
  serverCpuMsPerRequest?: number;
  /** The machine's 1-minute load average when the measured run ended (its cores are shared). */
  loadAverage?: number;
  /** The first answer that counted as a failure, shortened. */
  failureSample?: string;
  /** How many answers carried each value of the header that `LoadOptions.tallyHeader` names. */
  headerTally?: Record<string, number>;
  note?: string;
  skipped?: string;
};

/** A server under test: where to send requests, and its process group (for CPU per request). */
export type Endpoint = { origin: string; pid?: number; logTail?: () => string };

export type LoadOptions = {
  origin: string;
  target: string;
  /** The next request to send (called once per request, across all connections). */
  next: () => RequestSpec;
  connections?: number;
  seconds?: number;
  warmupSeconds?: number;
  /** Bound on each run's requests (warm-up and measured run); a function is asked before each. */
  maxRequests?: number | (() => number);
  /** A 2xx answer whose body fails this check counts as an error. */
  verifyBody?: (body: string) => boolean;
  /** Process group(s) of the server under test (nginx and the app behind it: both), for its CPU per request. */
  serverPid?: number | number[];
  /** A response header whose values are counted over the measured run (say, a cache's HIT/MISS). */
  tallyHeader?: string;
  note?: string;
};

type Run = { r: Result; bodyErrors: number; failureSample?: string; tally: Record<string, number> };

async function runOnce(opts: LoadOptions, seconds: number, maxRequests: number): Promise<Run> {
  const connections = opts.connections ?? CONFIG.connections;
  const verify = opts.verifyBody;
  let bodyErrors = 0;
  let failureSample: string | undefined;
  const tally: Record<string, number> = {};
  const tallied = opts.tallyHeader?.toLowerCase();
  const r = await autocannon({
    url: opts.origin,
    connections,
    duration: seconds,
    maxOverallRequests: Math.max(maxRequests, connections),
    timeout: 10,
    requests: [
      {
        setupRequest: (req) => {
          const spec = opts.next();
          return {
            ...req,
            method: spec.method ?? "GET",
            path: spec.path,
            headers: { ...spec.headers },
            body: spec.body ?? "",
          };
        },
        ...((verify || tallied) && {
          onResponse: (status: number, body: string, _context: unknown, headers: Record<string, string>) => {
            if (verify && status >= 200 && status < 300 && !verify(body)) {
              bodyErrors++;
              failureSample ??= `HTTP ${status} ${body.slice(0, 160)}`;
            }
            if (tallied) {
              const value = headerValue(headers, tallied) ?? "(none)";
              tally[value] = (tally[value] ?? 0) + 1;
            }
          },
        }),
      },
    ],
  });
  return { r, bodyErrors, failureSample, tally };
}

/** A header's value from autocannon's answer headers (its keys keep the server's case). */
function headerValue(headers: Record<string, string> | undefined, lowerName: string): string | undefined {
  for (const [name, value] of Object.entries(headers ?? {})) if (name.toLowerCase() === lowerName) return value;
  return undefined;
}

/** CPU ms of the server's process groups, or null where /proc is not there. */
function serverCpuMs(pids: number | number[] | undefined): number | null {
  if (pids === undefined) return null;
  let total = 0;
  for (const pid of [pids].flat()) {
    const cpu = groupCpuMs(pid);
    if (cpu === null) return null;
    total += cpu;
  }
  return total;
}

export async function measure(name: string, opts: LoadOptions): Promise<LoadResult> {
  const connections = opts.connections ?? CONFIG.connections;
  const seconds = opts.seconds ?? CONFIG.durationSeconds;
  const warmup = opts.warmupSeconds ?? CONFIG.warmupSeconds;
  const max = () =>
    Math.min(
      CONFIG.maxRequestsPerRun,
      typeof opts.maxRequests === "function" ? opts.maxRequests() : (opts.maxRequests ?? Infinity),
    );
  if (warmup > 0) await runOnce(opts, warmup, max());
  const cpuBefore = serverCpuMs(opts.serverPid);
  const { r, bodyErrors, failureSample, tally } = await runOnce(opts, seconds, max());
  const cpuAfter = serverCpuMs(opts.serverPid);
  const result = toLoadResult(name, opts.target, connections, r, bodyErrors, opts.note);
  if (failureSample) result.failureSample = failureSample;
  if (opts.tallyHeader) {
    result.headerTally = tally;
    const counts = Object.entries(tally)
      .sort(([, a], [, b]) => b - a)
      .map(([value, n]) => `${n.toLocaleString("en-US")} ${value}`)
      .join(", ");
    if (counts) result.note = [result.note, `${opts.tallyHeader}: ${counts}`].filter(Boolean).join("; ");
  }
  result.loadAverage = Math.round(os.loadavg()[0]! * 100) / 100;
  if (cpuBefore !== null && cpuAfter !== null && result.requests > 0) {
    result.serverCpuMsPerRequest = Math.round(((cpuAfter - cpuBefore) / result.requests) * 100) / 100;
  }
  log(
    `${name}: ${result.rps.toFixed(0)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, errors ${result.errors}` +
      (result.serverCpuMsPerRequest !== undefined ? `, server CPU ${result.serverCpuMsPerRequest} ms/request` : ""),
  );
  return result;
}

export function toLoadResult(
  name: string,
  target: string,
  connections: number,
  r: Result,
  bodyErrors = 0,
  note?: string,
): LoadResult {
  const requests = r.latency.totalCount ?? r.requests.total;
  const statusCodes: Record<string, number> = {};
  for (const [code, { count }] of Object.entries(r.statusCodeStats)) statusCodes[code] = count;
  return {
    name,
    target,
    connections,
    seconds: r.duration,
    requests,
    rps: r.duration > 0 ? requests / r.duration : 0,
    p50: r.latency.p50,
    p90: r.latency.p90,
    p99: r.latency.p99,
    max: r.latency.max,
    errors: r.errors + r.non2xx + bodyErrors,
    ok: r["2xx"] - bodyErrors,
    statusCodes,
    ...(note ? { note } : {}),
  };
}

export function skipped(name: string, target: string, reason: string): LoadResult {
  log(`${name}: skipped (${reason})`);
  return {
    name,
    target,
    connections: 0,
    seconds: 0,
    requests: 0,
    rps: 0,
    p50: 0,
    p90: 0,
    p99: 0,
    max: 0,
    errors: 0,
    ok: 0,
    statusCodes: {},
    skipped: reason,
  };
}
