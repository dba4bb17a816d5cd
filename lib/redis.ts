import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { Redis } from "ioredis";
import "server-only";

// Redis, when REDIS_URL is set: shared rate limits, the read cache and live-event fan-out.
// Two connections per process, created on first use: one for commands, one in subscriber
// mode. Requests never wait on Redis: commands fail at once while it is unreachable (no
// offline queue) and after COMMAND_TIMEOUT_MS when it hangs, and every caller has a way
// to go on without it (in-process limits, the database, in-process events).

const CONNECT_TIMEOUT_MS = 1_000;
const COMMAND_TIMEOUT_MS = 500;
/** How long a first command waits for a connection that is still being made. */
const READY_WAIT_MS = 300;

type Clients = { commands?: Redis; subscriber?: Redis; onReady: Set<() => void> };
const globalForRedis = globalThis as unknown as { jingxuanRedis?: Clients };
const clients = (globalForRedis.jingxuanRedis ??= { onReady: new Set() });

/** Whether Redis is configured (REDIS_URL); without it everything runs in-process. */
export const isRedisConfigured = () => Boolean(env.REDIS_URL);

/** Every key and channel name goes through this, so deployments and test runs can share a Redis. */
export const redisKey = (...parts: string[]) => env.REDIS_PREFIX + parts.join(":");

function connect(role: "commands" | "subscriber"): Redis {
  const client = new Redis(env.REDIS_URL!, {
    connectionName: `jingxuan-${role}`,
    connectTimeout: CONNECT_TIMEOUT_MS,
    // A subscriber's (re)subscriptions may wait for the connection; requests' commands may not.
    enableOfflineQueue: role === "subscriber",
    commandTimeout: role === "commands" ? COMMAND_TIMEOUT_MS : undefined,
    maxRetriesPerRequest: 1,
    retryStrategy: (times) => Math.min(100 * 2 ** Math.min(times, 5), 2_000),
    autoResubscribe: true,
  });
  let isDown = false;
  client.on("error", (err: Error) => {
    if (!isDown) log.warn({ role, err: err.message }, "redis unavailable; serving without it");
    isDown = true;
  });
  client.on("ready", () => {
    if (isDown) log.info({ role }, "redis is back");
    isDown = false;
    if (role === "commands") for (const fn of clients.onReady) fn();
  });
  return client;
}

/** The command connection, or null without REDIS_URL. */
export function getRedis(): Redis | null {
  if (!env.REDIS_URL) return null;
  return (clients.commands ??= connect("commands"));
}

/** The subscriber connection, or null without REDIS_URL. */
export function getSubscriber(): Redis | null {
  if (!env.REDIS_URL) return null;
  return (clients.subscriber ??= connect("subscriber"));
}

/** Runs `fn` whenever the command connection becomes ready (first connect and every reconnect). */
export function onRedisReady(fn: () => void) {
  clients.onReady.add(fn);
}

/**
 * The command connection once it is ready. A connection still being made (the first use
 * after start) gets a short wait; a broken one fails at once, so callers fall back.
 */
export async function readyRedis(): Promise<Redis> {
  const client = getRedis();
  if (!client) throw new Error("REDIS_URL is not set");
  if (client.status === "ready") return client;
  if (client.status !== "connecting" && client.status !== "connect" && client.status !== "wait") {
    throw new Error(`redis is ${client.status}`);
  }
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      client.off("ready", onReady);
      reject(new Error("redis is not ready"));
    }, READY_WAIT_MS);
    const onReady = () => {
      clearTimeout(timer);
      resolve();
    };
    client.once("ready", onReady);
  });
  return client;
}

const definedScripts = new WeakMap<Redis, Set<string>>();

/**
 * A Lua script run atomically in Redis (EVALSHA, loading it on first use), on the ready
 * command connection; rejects at once when Redis is unreachable.
 */
export function redisScript<R>(name: string, numberOfKeys: number, lua: string) {
  return async (keys: string[], args: (string | number)[]): Promise<R> => {
    const client = await readyRedis();
    let names = definedScripts.get(client);
    if (!names) definedScripts.set(client, (names = new Set()));
    if (!names.has(name)) {
      client.defineCommand(name, { numberOfKeys, lua });
      names.add(name);
    }
    const command = (client as unknown as Record<string, (...a: (string | number)[]) => Promise<R>>)[name]!;
    return command.call(client, ...keys, ...args);
  };
}

/** "ok" | "unavailable", or null when Redis is not configured (for /api/health). */
export async function redisHealth(): Promise<"ok" | "unavailable" | null> {
  if (!env.REDIS_URL) return null;
  try {
    const pong = await (await readyRedis()).ping();
    return pong === "PONG" ? "ok" : "unavailable";
  } catch {
    return "unavailable";
  }
}

/** Opens both connections now, so the first requests after a start find them ready. */
export function warmUpRedis() {
  getRedis();
  getSubscriber();
}
