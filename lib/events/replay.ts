import { KEEP_EVENTS, KEEP_MS, state, streamKey, type StoredEvent } from "@/lib/events/bus-state";
import { compareEventIds } from "@/lib/events/schema";
import { getRedis, isRedisConfigured, readyRedis, redisScript } from "@/lib/redis";
import "server-only";

// Replay: what a reconnecting viewer missed, and the id a freshly rendered page resumes from.

/** KEYS: stream · the last event id, or one just below any id to come. */
const headScript = redisScript<string>(
  "jingxuanEventHead",
  1,
  `local e = redis.call('XREVRANGE', KEYS[1], '+', '-', 'COUNT', 1)
if e[1] then return e[1][1] end
local t = redis.call('TIME')
return (tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000) - 1) .. '-0'`,
);

/**
 * The article's events after `since`, oldest first. `isComplete` is false when some may
 * be gone (older than KEEP_MS, or more than KEEP_EVENTS since): the client should reload.
 */
export async function replay(
  articleId: string,
  since: string,
): Promise<{ events: StoredEvent[]; isComplete: boolean }> {
  const ring = state.rings.get(articleId);
  let isComplete =
    Number(since.split("-")[0]) >= Date.now() - KEEP_MS &&
    !(ring?.droppedId && compareEventIds(ring.droppedId, since) > 0);
  const local = (ring?.events ?? [])
    .filter((e) => compareEventIds(e.id, since) > 0)
    .map(({ id, type, data }) => ({ id, type, data }));
  let shared: StoredEvent[] = [];
  if (isRedisConfigured()) {
    try {
      const redis = await readyRedis();
      const entries = (await redis.xrange(streamKey(articleId), `(${since}`, "+", "COUNT", KEEP_EVENTS + 1)) as [
        string,
        string[],
      ][];
      if (entries.length > KEEP_EVENTS) isComplete = false;
      shared = entries.map(([id, fields]) => ({ id, type: field(fields, "t"), data: field(fields, "d") }));
    } catch {
      // Redis unavailable: nothing was published through it meanwhile either
    }
  }
  const events = [...shared, ...local].sort((a, b) => compareEventIds(a.id, b.id));
  return { events: events.filter((e, i) => events[i - 1]?.id !== e.id), isComplete };
}

function field(fields: string[], name: string): string {
  const i = fields.indexOf(name);
  return i >= 0 && i % 2 === 0 ? (fields[i + 1] ?? "") : "";
}

/**
 * The id of the article's latest event, or one just below any event to come: a page
 * rendered now hands it to its stream, so nothing published after the render is missed.
 */
export async function currentEventId(articleId: string): Promise<string> {
  if (getRedis()) {
    try {
      return await headScript([streamKey(articleId)], []);
    } catch {
      // fall through to this process's clock
    }
  }
  const local = `${state.last.ms}-${state.last.seq}`;
  const belowNext = `${Date.now() - 1}-0`;
  return compareEventIds(local, belowNext) > 0 ? local : belowNext;
}
