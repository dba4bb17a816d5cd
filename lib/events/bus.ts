import "server-only";
import { compareEventIds, LIKE_EVENT_INTERVAL_MS, type LiveEventData, type LiveEventType } from "@/lib/events/schema";
import { log } from "@/lib/log";
import { getRedis, getSubscriber, isRedisConfigured, readyRedis, redisKey, redisScript } from "@/lib/redis";

// The live-event bus of article discussions.
//
// With REDIS_URL: an event is appended to the article's Redis stream (XADD, MAXLEN ~1000,
// expiring 10 min after the last event), which gives it an id that increases per article,
// and published on the article's channel in the same Lua script, so every app server
// receives events in id order. Each server subscribes to the channels of the articles its
// viewers watch and hands events to its open streams. A reconnecting viewer replays what
// it missed from the stream (XRANGE after its Last-Event-ID).
// Without REDIS_URL (or while Redis is unreachable): the same, in this process, with a
// ring buffer of the last 1000 events per article for replay.
// Topics other than articles (the studio's) get notices: the same fan-out, no replay.

export type StoredEvent = { id: string; type: string; data: string };
export type Subscription = { ready: Promise<void>; close: () => void };
type Listener = { onEvent: (e: StoredEvent) => void; onResync: () => void };
type Ring = { events: (StoredEvent & { at: number })[] };
type LikeState = { version: bigint; nextAt: number; pending?: string; timer?: NodeJS.Timeout };

const KEEP_EVENTS = 1_000;
const KEEP_MS = 10 * 60_000;
const MAX_RINGS = 10_000;

type EventsState = {
  listeners: Map<string, Set<Listener>>;
  rings: Map<string, Ring>;
  last: { ms: number; seq: number };
  channels: Map<string, Promise<unknown>>;
  likes: Map<string, LikeState>;
  flushes: Set<string>;
  isSubscriberHooked: boolean;
};
const globalForEvents = globalThis as unknown as { jingxuanEvents?: EventsState };
const state: EventsState = (globalForEvents.jingxuanEvents ??= {
  listeners: new Map(),
  rings: new Map(),
  last: { ms: 0, seq: 0 },
  channels: new Map(),
  likes: new Map(),
  flushes: new Set(),
  isSubscriberHooked: false,
});

const streamKey = (articleId: string) => redisKey("stream", articleId);
const channelOf = (articleId: string) => redisKey("events", articleId);
const likeKey = (commentId: string) => redisKey("likes", commentId);

// ---- publishing -------------------------------------------------------------------------

const SEND_LUA = `
local function send(data)
  local id = redis.call('XADD', KEYS[1], 'MAXLEN', '~', ARGV[1], '*', 't', ARGV[4], 'd', data)
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  redis.call('PUBLISH', ARGV[3], id .. '\\n' .. ARGV[4] .. '\\n' .. data)
  return id
end`;

/** KEYS: stream · ARGV: maxlen, keepMs, channel, type, data */
const appendAndPublish = redisScript<string>("jingxuanPublish", 1, `${SEND_LUA}\nreturn send(ARGV[5])`);

/**
 * Like counts, coalesced across every app server: a count older than one already taken
 * (by the fold's version) is dropped; within LIKE_EVENT_INTERVAL_MS of the last event of
 * the comment, the newest count waits and the caller flushes it when the interval is over.
 * KEYS: stream, per-comment hash · ARGV: maxlen, keepMs, channel, type, data, version ('' = flush), intervalMs
 */
const publishLikeScript = redisScript<[string, number | string]>(
  "jingxuanPublishLikes",
  2,
  `${SEND_LUA}
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
if ARGV[6] ~= '' then
  local last = redis.call('HGET', KEYS[2], 'v')
  if last and tonumber(ARGV[6]) <= tonumber(last) then return {'stale', 0} end
  redis.call('HSET', KEYS[2], 'v', ARGV[6], 'p', ARGV[5])
  redis.call('PEXPIRE', KEYS[2], 60000)
end
local pending = redis.call('HGET', KEYS[2], 'p')
if not pending then return {'none', 0} end
local nextAt = tonumber(redis.call('HGET', KEYS[2], 'n') or '0')
if now < nextAt then return {'wait', nextAt - now} end
redis.call('HSET', KEYS[2], 'n', now + tonumber(ARGV[7]))
redis.call('HDEL', KEYS[2], 'p')
return {'sent', send(pending)}`,
);

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
 * Publishes an event to every viewer of the article, on every app server. Call it after
 * the change committed. Never throws: without Redis, viewers on this server still get it.
 */
export async function publish<T extends LiveEventType>(
  articleId: string,
  type: T,
  data: LiveEventData[T],
): Promise<void> {
  const json = JSON.stringify(data);
  if (isRedisConfigured()) {
    try {
      await appendAndPublish([streamKey(articleId)], [KEEP_EVENTS, KEEP_MS, channelOf(articleId), type, json]);
      return;
    } catch (err) {
      log.warn(
        { err: err instanceof Error ? err.message : String(err), type },
        "live event kept in this process (redis unavailable)",
      );
    }
  }
  emitLocal(articleId, type, json);
}

/**
 * A notice to every listener of `topic` on every app server, without an id or replay: its
 * listeners re-read what they show whenever they (re)connect (the studio's queue).
 * Never throws: without Redis, listeners on this server still get it.
 */
export async function notify(topic: string, type: string, data: unknown): Promise<void> {
  const json = JSON.stringify(data);
  if (isRedisConfigured()) {
    try {
      await (await readyRedis()).publish(channelOf(topic), `\n${type}\n${json}`);
      return;
    } catch {
      // Redis unavailable: this server's listeners only
    }
  }
  deliver(topic, { id: "", type, data: json });
}

export type FoldedLikeCount = { articleId: string; commentId: string; likeCount: number; version: bigint };

/** Publishes folded like counts (`comment.likes`), at most one event per comment per interval. */
export async function publishLikeCounts(counts: FoldedLikeCount[]): Promise<void> {
  await Promise.all(counts.map((c) => publishLikeCount(c)));
}

async function publishLikeCount(c: FoldedLikeCount, isFlush = false): Promise<void> {
  const data = JSON.stringify({ id: c.commentId, likeCount: c.likeCount } satisfies LiveEventData["comment.likes"]);
  if (isRedisConfigured()) {
    try {
      const [outcome, wait] = await publishLikeScript(
        [streamKey(c.articleId), likeKey(c.commentId)],
        [
          KEEP_EVENTS,
          KEEP_MS,
          channelOf(c.articleId),
          "comment.likes",
          isFlush ? "" : data,
          isFlush ? "" : c.version.toString(),
          LIKE_EVENT_INTERVAL_MS,
        ],
      );
      if (outcome === "wait") scheduleFlush(c, Number(wait));
      return;
    } catch {
      // Redis unavailable: coalesce in this process instead
    }
  }
  publishLikeLocally(c, isFlush ? undefined : data);
}

function scheduleFlush(c: FoldedLikeCount, waitMs: number) {
  if (state.flushes.has(c.commentId)) return;
  state.flushes.add(c.commentId);
  setTimeout(
    () => {
      state.flushes.delete(c.commentId);
      void publishLikeCount(c, true);
    },
    Math.max(1, waitMs) + 5,
  ).unref();
}

function publishLikeLocally(c: FoldedLikeCount, data: string | undefined) {
  const like = state.likes.get(c.commentId) ?? { version: -1n, nextAt: 0 };
  if (data !== undefined) {
    if (c.version <= like.version) return;
    like.version = c.version;
    like.pending = data;
  }
  state.likes.set(c.commentId, like);
  if (like.pending === undefined) return;
  const now = Date.now();
  if (now < like.nextAt) {
    like.timer ??= setTimeout(() => {
      like.timer = undefined;
      publishLikeLocally(c, undefined);
    }, like.nextAt - now).unref();
    return;
  }
  like.nextAt = now + LIKE_EVENT_INTERVAL_MS;
  const pending = like.pending;
  like.pending = undefined;
  emitLocal(c.articleId, "comment.likes", pending);
  if (state.likes.size > MAX_RINGS) state.likes.delete(state.likes.keys().next().value!);
}

/** Events that stay in this process: an id after the last one, kept in the article's ring, handed to its listeners. */
function emitLocal(articleId: string, type: string, data: string) {
  const now = Date.now();
  const last = state.last;
  if (now > last.ms) state.last = { ms: now, seq: 0 };
  else state.last = { ms: last.ms, seq: last.seq + 1 };
  const event = { id: `${state.last.ms}-${state.last.seq}`, type, data };
  let ring = state.rings.get(articleId);
  if (!ring) {
    if (state.rings.size >= MAX_RINGS) state.rings.delete(state.rings.keys().next().value!);
    ring = { events: [] };
    state.rings.set(articleId, ring);
  }
  ring.events.push({ ...event, at: now });
  while (ring.events.length > KEEP_EVENTS || (ring.events[0] && ring.events[0].at < now - KEEP_MS)) ring.events.shift();
  deliver(articleId, event);
}

function deliver(topic: string, event: StoredEvent) {
  for (const listener of state.listeners.get(topic) ?? []) {
    try {
      listener.onEvent(event);
    } catch (err) {
      log.warn({ err: err instanceof Error ? err.message : String(err) }, "live event listener failed");
    }
  }
}

// ---- subscribing ------------------------------------------------------------------------

/**
 * Listens to a topic's events (an article's id, or a notice topic). `ready` settles once
 * this server receives them from Redis (at once without Redis). `onResync` is called when
 * events may have been missed (the subscriber connection to Redis was lost): the stream
 * should close, so that the client reconnects and catches up (replay, or a re-read).
 */
export function subscribe(
  topic: string,
  onEvent: Listener["onEvent"],
  onResync: Listener["onResync"],
): Subscription {
  const listener: Listener = { onEvent, onResync };
  let set = state.listeners.get(topic);
  if (!set) state.listeners.set(topic, (set = new Set()));
  set.add(listener);
  const ready = isRedisConfigured() ? subscribeChannel(topic) : Promise.resolve();
  return {
    ready,
    close: () => {
      const current = state.listeners.get(topic);
      if (!current?.delete(listener) || current.size > 0) return;
      state.listeners.delete(topic);
      if (state.channels.delete(topic)) {
        getSubscriber()
          ?.unsubscribe(channelOf(topic))
          .catch(() => {});
      }
    },
  };
}

function subscribeChannel(topic: string): Promise<void> {
  const subscriber = getSubscriber()!;
  hookSubscriber(subscriber);
  let pending = state.channels.get(topic);
  if (!pending) {
    pending = subscriber.subscribe(channelOf(topic));
    pending.catch(() => state.channels.delete(topic));
    state.channels.set(topic, pending);
  }
  return pending.then(() => undefined);
}

function hookSubscriber(subscriber: NonNullable<ReturnType<typeof getSubscriber>>) {
  if (state.isSubscriberHooked) return;
  state.isSubscriberHooked = true;
  const prefix = channelOf("");
  let wasLost = false;
  subscriber.on("message", (channel: string, message: string) => {
    if (!channel.startsWith(prefix)) return;
    const first = message.indexOf("\n");
    const second = message.indexOf("\n", first + 1);
    if (first < 0 || second < 0) return;
    deliver(channel.slice(prefix.length), {
      id: message.slice(0, first),
      type: message.slice(first + 1, second),
      data: message.slice(second + 1),
    });
  });
  subscriber.on("close", () => (wasLost = true));
  subscriber.on("ready", () => {
    if (!wasLost) return;
    wasLost = false;
    // Events published while this server was not subscribed never reached its streams:
    // close them, and each client reconnects with its Last-Event-ID and replays them.
    for (const set of state.listeners.values()) for (const listener of [...set]) listener.onResync();
  });
}

// ---- replay -----------------------------------------------------------------------------

/**
 * The article's events after `since`, oldest first. `isComplete` is false when some may
 * be gone (older than KEEP_MS, or more than KEEP_EVENTS since): the client should reload.
 */
export async function replay(
  articleId: string,
  since: string,
): Promise<{ events: StoredEvent[]; isComplete: boolean }> {
  let isComplete = Number(since.split("-")[0]) >= Date.now() - KEEP_MS;
  const local = (state.rings.get(articleId)?.events ?? [])
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
