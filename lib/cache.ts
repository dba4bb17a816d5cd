import { getRedis, onRedisReady, redisKey, redisScript } from "@/lib/redis";
import "server-only";

// A small shared read cache: entries expire after a TTL, and a namespace's entries are
// dropped at once by bumping its version (a key includes the version it was built for, so
// a loader that started before an invalidation writes an entry nobody reads).
// One loader runs per key at a time in each process, so a popular key that expires does
// not stampede the database.
//
// With REDIS_URL, versions and entries live in Redis and every app server shares them:
// an invalidation on one server is seen by the next read on any other. Any Redis error
// falls back to this process's memory with a short TTL, then the database: a read never
// fails because of the cache. Invalidations that could not reach Redis are retried every
// second and when it is back.
// Without REDIS_URL, everything below runs in this process only (one app server).

type Entry = { value: unknown; expiresAt: number };
type Version = { version: number; writtenAt: number };
export type LoadContext = {
  /** The namespace was invalidated moments ago: read from the primary, a replica may lag behind the write. */
  isRecentlyWritten: boolean;
};

const MAX_ENTRIES = 5_000;
/** How long after a write a namespace's reads avoid the replica (its lag must stay below this). */
export const REPLICA_LAG_BUDGET_MS = 2_000;
/** Entries kept in memory while Redis is unreachable live at most this long (no invalidation reaches them from other servers). */
const FALLBACK_TTL_MS = 1_000;
// Must outlive every entry (an expired version starts again at 0, which no live entry uses).
const VERSION_TTL_MS = 3_600_000;

type CacheState = {
  entries: Map<string, Entry>;
  versions: Map<string, Version>;
  loading: Map<string, Promise<unknown>>;
  /** Namespaces invalidated while Redis was unreachable. */
  unsent: Set<string>;
  isHooked: boolean;
  retry?: NodeJS.Timeout;
};
const globalForCache = globalThis as unknown as { jingxuanCache?: CacheState };
const state: CacheState = (globalForCache.jingxuanCache ??= {
  entries: new Map(),
  versions: new Map(),
  loading: new Map(),
  unsent: new Set(),
  isHooked: false,
});

/** The current in-process version of a namespace (for example one article's comments). */
export function cacheVersion(namespace: string): number {
  return state.versions.get(namespace)?.version ?? 0;
}

// Keys of a namespace share a hash tag, so the script below stays in one slot on a cluster.
const versionKey = (ns: string) => redisKey("cache", `{${ns}}`, "v");
const entryPrefix = (ns: string) => `${redisKey("cache", `{${ns}}`, "e")}:`;
const entryKey = (ns: string, version: string, key: string) => `${entryPrefix(ns)}${version}:${key}`;

/**
 * Drops every entry of the namespace, on every app server. The returned promise settles
 * once Redis has it (or could not be reached); it never rejects.
 */
export async function invalidate(namespace: string): Promise<void> {
  state.versions.set(namespace, { version: cacheVersion(namespace) + 1, writtenAt: Date.now() });
  if (!getRedis()) return;
  if (!state.isHooked) {
    state.isHooked = true;
    onRedisReady(() => void sendUnsent());
  }
  try {
    await bumpRedisVersion(namespace);
  } catch {
    state.unsent.add(namespace);
    state.retry ??= setTimeout(() => void sendUnsent(), 1_000).unref();
  }
}

// Write times come from Redis's clock, and so do the ages read below: app servers' clocks may differ.
const REDIS_NOW_MS =
  "local t = redis.call('TIME') local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)";

/** KEYS: version hash · ARGV: ttl ms */
const bumpVersion = redisScript<number>(
  "jingxuanCacheBump",
  1,
  `${REDIS_NOW_MS}
   redis.call('HINCRBY', KEYS[1], 'v', 1)
   redis.call('HSET', KEYS[1], 't', now)
   redis.call('PEXPIRE', KEYS[1], ARGV[1])
   return 1`,
);

async function bumpRedisVersion(namespace: string) {
  await bumpVersion([versionKey(namespace)], [VERSION_TTL_MS]);
}

async function sendUnsent() {
  clearTimeout(state.retry);
  state.retry = undefined;
  const pending = [...state.unsent];
  state.unsent.clear();
  for (const ns of pending) {
    try {
      await bumpRedisVersion(ns);
    } catch {
      state.unsent.add(ns);
    }
  }
  if (state.unsent.size > 0) state.retry ??= setTimeout(() => void sendUnsent(), 1_000).unref();
}

// One round trip: the namespace's version, how long ago it was written (ms), and the entry at that version.
const readEntry = redisScript<[string, number, string | null]>(
  "jingxuanCacheRead",
  1,
  `${REDIS_NOW_MS}
   local v = redis.call('HMGET', KEYS[1], 'v', 't')
   local version = v[1] or '0'
   return {version, now - tonumber(v[2] or '0'), redis.call('GET', ARGV[1] .. version .. ':' .. ARGV[2])}`,
);

/** The cached value of `key` in `namespace`, or what `load` returns (cached for `ttlMs`). Values must be JSON. */
export async function cached<T>(
  namespace: string,
  key: string,
  ttlMs: number,
  load: (ctx: LoadContext) => Promise<T>,
): Promise<T> {
  const redis = getRedis();
  if (redis) {
    let found: [string, number, string | null] | null = null;
    try {
      found = await readEntry([versionKey(namespace)], [entryPrefix(namespace), key]);
    } catch {
      found = null; // Redis unreachable or slow: this process's memory, then the database
    }
    if (found) {
      const [version, writtenAgoMs, hit] = found;
      if (hit !== null) {
        try {
          return JSON.parse(hit) as T;
        } catch {
          // a damaged entry is rebuilt below
        }
      }
      const fullKey = entryKey(namespace, version, key);
      return singleFlight(fullKey, async () => {
        const value = await load({ isRecentlyWritten: writtenAgoMs < REPLICA_LAG_BUDGET_MS });
        redis.set(fullKey, JSON.stringify(value), "PX", ttlMs).catch(() => {});
        return value;
      });
    }
    return cachedInProcess(namespace, key, Math.min(ttlMs, FALLBACK_TTL_MS), load);
  }
  return cachedInProcess(namespace, key, ttlMs, load);
}

function cachedInProcess<T>(
  namespace: string,
  key: string,
  ttlMs: number,
  load: (ctx: LoadContext) => Promise<T>,
): Promise<T> {
  const version = state.versions.get(namespace);
  const fullKey = `${namespace}@${version?.version ?? 0}:${key}`;
  const hit = state.entries.get(fullKey);
  if (hit && hit.expiresAt > Date.now()) return Promise.resolve(hit.value as T);
  return singleFlight(fullKey, async () => {
    const value = await load({
      isRecentlyWritten: version !== undefined && Date.now() - version.writtenAt < REPLICA_LAG_BUDGET_MS,
    });
    if (state.entries.size >= MAX_ENTRIES) state.entries.delete(state.entries.keys().next().value!);
    state.entries.set(fullKey, { value, expiresAt: Date.now() + ttlMs });
    return value;
  });
}

/** One loader per key at a time in this process; the others wait for its result. */
function singleFlight<T>(fullKey: string, run: () => Promise<T>): Promise<T> {
  const inFlight = state.loading.get(fullKey);
  if (inFlight) return inFlight as Promise<T>;
  const promise = run().finally(() => state.loading.delete(fullKey));
  state.loading.set(fullKey, promise);
  return promise;
}
