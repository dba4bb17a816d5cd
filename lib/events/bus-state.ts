import { log } from "@/lib/log";
import { redisKey } from "@/lib/redis";
import "server-only";

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
//
// This module holds what the bus shares: its state in this process, its keys, and the local
// fan-out. publish.ts, like-events.ts, subscribe.ts and replay.ts build on it.

export type StoredEvent = { id: string; type: string; data: string };
export type Listener = { onEvent: (e: StoredEvent) => void; onResync: () => void };
/** An article's recent events in this process; `droppedId`: the newest one it no longer holds. */
type Ring = { events: (StoredEvent & { at: number })[]; droppedId?: string };
/** An article's like counts: each comment's newest fold version, the counts waiting for the next tick. */
type LikeState = {
  versions: Map<string, bigint>;
  pending: Map<string, string>;
  nextAt: number;
  timer?: NodeJS.Timeout;
};

export const KEEP_EVENTS = 1_000;
export const KEEP_MS = 10 * 60_000;
export const MAX_RINGS = 10_000;

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
export const state: EventsState = (globalForEvents.jingxuanEvents ??= {
  listeners: new Map(),
  rings: new Map(),
  last: { ms: 0, seq: 0 },
  channels: new Map(),
  likes: new Map(),
  flushes: new Set(),
  isSubscriberHooked: false,
});

export const streamKey = (articleId: string) => redisKey("stream", articleId);
export const channelOf = (articleId: string) => redisKey("events", articleId);

/** Events that stay in this process: an id after the last one, kept in the article's ring, handed to its listeners. */
export function emitLocal(articleId: string, type: string, data: string) {
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
  while (ring.events.length > KEEP_EVENTS || (ring.events[0] && ring.events[0].at < now - KEEP_MS))
    ring.droppedId = ring.events.shift()!.id;
  deliver(articleId, event);
}

/** Hands an event to this server's listeners of the topic; one failing listener does not stop the others. */
export function deliver(topic: string, event: StoredEvent) {
  for (const listener of state.listeners.get(topic) ?? []) {
    try {
      listener.onEvent(event);
    } catch (err) {
      log.warn({ err: err instanceof Error ? err.message : String(err) }, "live event listener failed");
    }
  }
}
