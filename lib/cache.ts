import "server-only";

// A small shared read cache: entries expire after a TTL, and a namespace's entries are
// dropped at once by bumping its version (a key includes the version it was built for).
// One loader runs per key at a time, so a popular key that expires does not stampede
// the database.
// TODO(scale): back this with Redis when REDIS_URL is set, so invalidation reaches every app server. #7

type Entry = { value: unknown; expiresAt: number };
const MAX_ENTRIES = 5_000;

const globalForCache = globalThis as unknown as {
  jingxuanCache?: { entries: Map<string, Entry>; versions: Map<string, number>; loading: Map<string, Promise<unknown>> };
};
const state = (globalForCache.jingxuanCache ??= { entries: new Map(), versions: new Map(), loading: new Map() });

/** The current version of a namespace (for example one article's comments). */
export function cacheVersion(namespace: string): number {
  return state.versions.get(namespace) ?? 0;
}

/** Drops every entry of the namespace. */
export function invalidate(namespace: string) {
  state.versions.set(namespace, cacheVersion(namespace) + 1);
}

/** The cached value of `key` in `namespace`, or what `load` returns (cached for `ttlMs`). */
export async function cached<T>(namespace: string, key: string, ttlMs: number, load: () => Promise<T>): Promise<T> {
  const fullKey = `${namespace}@${cacheVersion(namespace)}:${key}`;
  const hit = state.entries.get(fullKey);
  if (hit && hit.expiresAt > Date.now()) return hit.value as T;
  const inFlight = state.loading.get(fullKey);
  if (inFlight) return inFlight as Promise<T>;
  const promise = load()
    .then((value) => {
      if (state.entries.size >= MAX_ENTRIES) state.entries.delete(state.entries.keys().next().value!);
      state.entries.set(fullKey, { value, expiresAt: Date.now() + ttlMs });
      return value;
    })
    .finally(() => state.loading.delete(fullKey));
  state.loading.set(fullKey, promise);
  return promise;
}
