// Helpers for the scale-out tests: Redis reachability and cleanup, a throwaway
// redis-server, a production build. HTTP helpers (sign-in, SSE reader) are in ../support/http.
// Everything is bounded in time.
import { Redis } from "ioredis";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { freePort } from "../../scripts/db/server";
import { sleep } from "../support/http";

export * from "../support/http";

export const SHARED_REDIS_URL = process.env.REDIS_URL || "redis://127.0.0.1:6379";

/** A key prefix of its own per run, so parallel runs on one Redis never collide. */
export const runPrefix = () => `jingxuan-test-${randomBytes(4).toString("hex")}:`;

/** Whether a Redis answers PING at `url` within a second. */
export async function isRedisReachable(url: string): Promise<boolean> {
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: 1_000,
    retryStrategy: () => null,
    maxRetriesPerRequest: 0,
  });
  client.on("error", () => {});
  try {
    await client.connect();
    return (await client.ping()) === "PONG";
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

/** Deletes every key under `prefix` (bounded SCAN). */
export async function dropPrefix(url: string, prefix: string): Promise<void> {
  const client = new Redis(url, { connectTimeout: 1_000, retryStrategy: () => null, maxRetriesPerRequest: 0 });
  client.on("error", () => {});
  try {
    let cursor = "0";
    for (let i = 0; i < 1_000; i++) {
      const [next, keys] = await client.scan(cursor, "MATCH", `${prefix}*`, "COUNT", 500);
      if (keys.length) await client.del(...keys);
      cursor = next;
      if (cursor === "0") break;
    }
  } catch {
    // best effort: every key also expires by itself
  } finally {
    client.disconnect();
  }
}

export const hasRedisServerBinary = () => spawnSync("redis-server", ["--version"], { timeout: 5_000 }).status === 0;

export type RedisServer = { url: string; port: number; stop: () => Promise<void>; start: () => Promise<void> };

/** A throwaway redis-server on a free local port (no persistence), which a test may kill. */
export async function startRedisServer(): Promise<RedisServer> {
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  let child: ChildProcess | null = null;
  const start = async () => {
    child = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], {
      stdio: "ignore",
    });
    const deadline = Date.now() + 10_000;
    while (!(await isRedisReachable(url))) {
      if (Date.now() > deadline) throw new Error(`redis-server did not start on ${port}`);
      await sleep(100);
    }
  };
  const stop = async () => {
    const running = child;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((r) => running.once("exit", r));
    running.kill("SIGKILL");
    await Promise.race([exited, sleep(5_000)]);
    child = null;
  };
  await start();
  return { url, port, stop, start };
}

/** `next build` once when there is no build yet (npm test builds before running these). */
export function ensureBuild() {
  if (existsSync(".next/BUILD_ID")) return;
  console.log("[scale] no production build in .next: running `next build` once");
  const result = spawnSync("npx", ["next", "build"], { stdio: "inherit", timeout: 600_000 });
  if (result.status !== 0) throw new Error("next build failed");
}

/** Whether servers of a test can share a Redis: the one at REDIS_URL, or a throwaway one. */
export const isSharedRedisReachable = await isRedisReachable(SHARED_REDIS_URL);
export const canShareRedis = isSharedRedisReachable || hasRedisServerBinary();

/**
 * A Redis for servers to share, with a key prefix of this run's own: the one at REDIS_URL
 * when it answers, else a throwaway redis-server. `release` drops the keys or the server.
 */
export async function shareRedis(): Promise<{ url: string; prefix: string; release: () => Promise<void> }> {
  const prefix = runPrefix();
  if (isSharedRedisReachable)
    return { url: SHARED_REDIS_URL, prefix, release: () => dropPrefix(SHARED_REDIS_URL, prefix) };
  const own = await startRedisServer();
  return { url: own.url, prefix, release: own.stop };
}
