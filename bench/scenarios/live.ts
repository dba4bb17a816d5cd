// Live fan-out: a class holds the hot article's event stream open (GET
// /api/articles/{id}/events) while a like/unlike storm moves one of its comments' count.
// Measured: the storm's speed with no stream open (the same mix), what the open streams
// cost the server in memory, the storm's speed with them open, how many like events each viewer receives (coalescing), and how soon after the last
// like every viewer holds the exact final count.
import http from "node:http";
import type pg from "pg";
import { CONFIG } from "../config";
import { measure, type Endpoint, type LoadResult } from "../lib/load";
import { log, sleep } from "../lib/log";
import { groupRssMiB } from "../lib/memory";
import { seededRandom } from "../lib/random";
import type { Seeded } from "../setup-db";

export type LiveResult = {
  streams: number;
  opened: number;
  /** Server memory (process group RSS) before and after opening the streams. */
  rssMiBBefore: number | null;
  rssMiBAfter: number | null;
  kibPerStream: number | null;
  /** The same like/unlike mix on the same comment with no stream open: what the viewers cost is the difference. */
  baseline: LoadResult;
  storm: LoadResult;
  /** The final number of likes (rows) of the hot comment, and the streams whose last event says exactly that. */
  finalCount: number;
  exactStreams: number;
  /** How many streams ended on each count (a single entry, the final count, when all agree). */
  lastCounts: Record<string, number>;
  /** `comment.likes` events of the hot comment per stream, per second of storm. */
  eventsPerSecond: { mean: number; max: number };
  /** From the storm's end to the event with the final count (its last event), over all streams (ms). */
  converge: { p50: number; p99: number; max: number } | null;
  /** Streams that closed or failed before the end. */
  dropped: number;
};

type Viewer = { counts: { likeCount: number; at: number }[]; isOpen: boolean; request: http.ClientRequest };

/** Opens one stream and collects the hot comment's like counts from it. */
function openViewer(url: URL, agent: http.Agent, hot: string): Promise<Viewer> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent, headers: { accept: "text/event-stream" } });
    const viewer: Viewer = { counts: [], isOpen: false, request };
    request.once("error", reject);
    request.once("response", (res) => {
      if (res.statusCode !== 200) return reject(new Error(`HTTP ${res.statusCode}`));
      res.setEncoding("utf8");
      let buffer = "";
      res.on("data", (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (frame.includes("event: ready")) {
            viewer.isOpen = true;
            resolve(viewer);
          } else if (frame.includes("event: comment.likes") && frame.includes(hot)) {
            const data = JSON.parse(frame.slice(frame.indexOf("data: ") + 6)) as {
              counts: { id: string; likeCount: number }[];
            };
            const count = data.counts.find((c) => c.id === hot);
            if (count) viewer.counts.push({ likeCount: count.likeCount, at: performance.now() });
          }
        }
      });
      res.once("close", () => (viewer.isOpen = false));
      res.once("error", () => (viewer.isOpen = false));
    });
  });
}

async function likeRows(pool: pg.Pool, commentId: string): Promise<number> {
  const { rows } = await pool.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM comment_likes WHERE comment_id = $1",
    [commentId],
  );
  return rows[0]!.n;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

export async function liveScenario(
  { origin, pid }: Endpoint,
  seeded: Seeded,
  cookies: string[],
  pool: pg.Pool,
): Promise<LiveResult> {
  const hot = seeded.main.stormCommentIds.at(-1)!; // no other scenario likes this one
  const url = new URL(`/api/articles/${seeded.main.id}/events`, origin);
  const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity });
  // 60 % likes, 40 % unlikes by random members: the same mix with and without viewers.
  const stormOf = (seed: number) => {
    const random = seededRandom(seed);
    return () => ({
      method: random() < 0.6 ? ("PUT" as const) : ("DELETE" as const),
      path: `/api/comments/${hot}/like`,
      headers: { cookie: cookies[Math.floor(random() * cookies.length)]! },
    });
  };
  const baseline = await measure("like/unlike storm, no live viewers", {
    origin,
    serverPid: pid,
    target: "PUT or DELETE /api/comments/{hot}/like",
    next: stormOf(12_321),
    note: "the live scenario's request mix on the same comment, before any stream opens",
  });
  const rssMiBBefore = pid ? groupRssMiB(pid) : null;

  const viewers: Viewer[] = [];
  for (let i = 0; i < CONFIG.liveStreams; i += 100) {
    const batch = Array.from({ length: Math.min(100, CONFIG.liveStreams - i) }, () => openViewer(url, agent, hot));
    for (const r of await Promise.allSettled(batch)) if (r.status === "fulfilled") viewers.push(r.value);
  }
  log(`live: ${viewers.length} of ${CONFIG.liveStreams} streams open`);
  await sleep(1_000);
  const rssMiBAfter = pid ? groupRssMiB(pid) : null;

  const started = performance.now();
  const storm = await measure(`like/unlike storm with ${viewers.length} live viewers`, {
    origin,
    serverPid: pid,
    target: "PUT or DELETE /api/comments/{hot}/like",
    next: stormOf(54_321),
    note: `${viewers.length} open event streams on the same article`,
  });
  const ended = performance.now();
  // Requests still in flight when the load stopped may land a moment later: the final count
  // is read once the database has stopped moving.
  await sleep(CONFIG.settleMs);
  const rows = await likeRows(pool, hot);

  // Every viewer should reach the final count: wait for them (bounded).
  const deadline = Date.now() + 5_000;
  const reached = (v: Viewer) => v.counts.at(-1)?.likeCount === rows;
  while (Date.now() < deadline && !viewers.every(reached)) await sleep(50);
  const lastCounts: Record<string, number> = {};
  for (const v of viewers) {
    const last = String(v.counts.at(-1)?.likeCount ?? "none");
    lastCounts[last] = (lastCounts[last] ?? 0) + 1;
  }

  const stormSeconds = (ended - started) / 1000;
  const perSecond = viewers.map((v) => v.counts.filter((c) => c.at <= ended).length / stormSeconds);
  const converge = viewers
    .filter(reached)
    .map((v) => Math.max(0, v.counts.at(-1)!.at - ended))
    .sort((a, b) => a - b);
  const dropped = viewers.filter((v) => !v.isOpen).length;
  for (const v of viewers) v.request.destroy();
  agent.destroy();

  const result: LiveResult = {
    streams: CONFIG.liveStreams,
    opened: viewers.length,
    rssMiBBefore,
    rssMiBAfter,
    kibPerStream:
      rssMiBBefore !== null && rssMiBAfter !== null && viewers.length > 0
        ? Math.round(((rssMiBAfter - rssMiBBefore) * 1024) / viewers.length)
        : null,
    baseline,
    storm,
    finalCount: rows,
    exactStreams: viewers.filter(reached).length,
    lastCounts,
    eventsPerSecond: {
      mean: Math.round((perSecond.reduce((a, b) => a + b, 0) / Math.max(1, perSecond.length)) * 100) / 100,
      max: Math.round(Math.max(0, ...perSecond) * 100) / 100,
    },
    converge: converge.length
      ? {
          p50: Math.round(percentile(converge, 0.5)),
          p99: Math.round(percentile(converge, 0.99)),
          max: Math.round(converge.at(-1)!),
        }
      : null,
    dropped,
  };
  log(
    `live: ${result.exactStreams}/${result.opened} streams hold the final count ${rows} (last counts: ${JSON.stringify(lastCounts)}); converged p50 ${result.converge?.p50} ms, p99 ${result.converge?.p99} ms; ${result.eventsPerSecond.mean} like events/s per stream (max ${result.eventsPerSecond.max}); ${result.kibPerStream} KiB per stream`,
  );
  return result;
}
