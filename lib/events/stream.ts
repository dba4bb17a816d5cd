import type { StoredEvent } from "@/lib/events/bus-state";
import { replay } from "@/lib/events/replay";
import { compareEventIds, EVENT_ID } from "@/lib/events/schema";
import { subscribe, type Subscription } from "@/lib/events/subscribe";
import "server-only";

// Server-Sent Events streams: an article's discussion (replay after the viewer's last
// event id, then live events, in id order, each once) and notice streams (the studio's:
// live notices only; the client re-reads on every `ready`). Both send a heartbeat comment
// every 15 s so proxies keep the connection, and release everything when the viewer goes.

const HEARTBEAT_MS = 15_000;
const encoder = new TextEncoder();
/** Streams end after a while (the client reconnects at once and catches up), so a scaled-out fleet rebalances. */
const MAX_STREAM_MS = 10 * 60_000;
/** How long a new stream waits for this server's Redis subscription before going on without it. */
const SUBSCRIBE_WAIT_MS = 1_500;

export const EVENT_STREAM_HEADERS = {
  "Content-Type": "text/event-stream; charset=utf-8",
  "Cache-Control": "no-cache, no-transform",
  "X-Accel-Buffering": "no",
} as const;

/** The id to resume after: the Last-Event-ID header (browsers' reconnects), else `?since=`. */
export function resumeIdOf(req: Request): string | null {
  const given = req.headers.get("last-event-id") ?? new URL(req.url).searchParams.get("since");
  return given && EVENT_ID.test(given) ? given : null;
}

type Sse = {
  write: (text: string | Uint8Array) => void;
  close: () => void;
  /** Runs `fn` when the stream ends (at once if it has). */
  onEnd: (fn: () => void) => void;
};

// Every open stream of this process, and when it ends. One timer for all of them sends the
// heartbeat (the same bytes to each) and ends the streams whose lifetime is over, rather
// than two timers per stream.
const HEARTBEAT = encoder.encode(": heartbeat\n\n");
const openStreams = new Map<Sse, number>();
let heartbeat: NodeJS.Timeout | undefined;

function keepAlive(sse: Sse) {
  openStreams.set(sse, Date.now() + MAX_STREAM_MS * (0.75 + Math.random() / 2));
  heartbeat ??= setInterval(() => {
    const now = Date.now();
    for (const [open, endsAt] of openStreams) {
      if (now >= endsAt) open.close();
      else open.write(HEARTBEAT);
    }
  }, HEARTBEAT_MS).unref();
  sse.onEnd(() => {
    openStreams.delete(sse);
    if (openStreams.size > 0) return;
    clearInterval(heartbeat);
    heartbeat = undefined;
  });
}

/** The plumbing every stream shares: writing, heartbeat, lifetime, and cleanup on any end. */
function sseStream(signal: AbortSignal, run: (sse: Sse) => Promise<void>): ReadableStream<Uint8Array> {
  const cleanups: (() => void)[] = [];
  let isClosed = false;
  const end = () => {
    isClosed = true;
    for (const fn of cleanups.splice(0)) fn();
  };
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      const sse: Sse = {
        write: (text) => {
          if (isClosed) return;
          try {
            controller.enqueue(typeof text === "string" ? encoder.encode(text) : text);
          } catch {
            sse.close();
          }
        },
        close: () => {
          if (isClosed) return;
          end();
          try {
            controller.close();
          } catch {
            // already closed by the runtime
          }
        },
        onEnd: (fn) => (isClosed ? fn() : void cleanups.push(fn)),
      };
      keepAlive(sse);
      sse.onEnd(() => signal.removeEventListener("abort", sse.close));
      signal.addEventListener("abort", sse.close);
      if (signal.aborted) return sse.close();
      // Reconnect after 1–3 s, spread so that a restarted server's viewers do not all return at once.
      sse.write(`retry: ${1_000 + Math.floor(Math.random() * 2_000)}\n\n`);
      await run(sse);
    },
    cancel: end,
  });
}

// One event goes to every viewer of its article: it is framed and encoded once, not once per stream.
const frames = new WeakMap<StoredEvent, Uint8Array>();
function frameOf(e: StoredEvent): Uint8Array {
  let frame = frames.get(e);
  if (!frame)
    frames.set(e, (frame = encoder.encode(`${e.id ? `id: ${e.id}\n` : ""}event: ${e.type}\ndata: ${e.data}\n\n`)));
  return frame;
}

// Likewise a notice's data is parsed once for all the streams that filter on it.
const parsed = new WeakMap<StoredEvent, unknown>();
function dataOf(e: StoredEvent): unknown {
  if (!parsed.has(e)) parsed.set(e, JSON.parse(e.data));
  return parsed.get(e);
}

const untilSubscribed = (subscription: Subscription) =>
  Promise.race([subscription.ready.catch(() => {}), new Promise((r) => setTimeout(r, SUBSCRIBE_WAIT_MS))]);

/** An article's live events: replayed after `since`, then as they come. */
export function openEventStream(
  articleId: string,
  since: string | null,
  signal: AbortSignal,
): ReadableStream<Uint8Array> {
  return sseStream(signal, async (sse) => {
    let lastSent = since;
    let backlog: StoredEvent[] | null = []; // live events held back while replaying
    // The bus hands events over in id order, so once one live event is past the replay, every
    // later one is too: the comparison stops, and an event costs a stream one write.
    let isPastReplay = false;
    const send = (e: StoredEvent) => {
      if (lastSent && compareEventIds(e.id, lastSent) <= 0) return; // replayed already
      lastSent = e.id;
      sse.write(frameOf(e));
    };
    const onEvent = (e: StoredEvent) => {
      if (isPastReplay) return sse.write(frameOf(e));
      if (backlog) return void backlog.push(e);
      send(e);
      isPastReplay = lastSent === e.id;
    };
    const subscription = subscribe(articleId, onEvent, sse.close);
    sse.onEnd(subscription.close);
    await untilSubscribed(subscription);
    if (since) {
      const missed = await replay(articleId, since);
      if (!missed.isComplete) sse.write("event: reset\ndata: {}\n\n");
      for (const e of missed.events) send(e);
    }
    const held = backlog ?? [];
    backlog = null;
    for (const e of held) send(e);
    sse.write(`event: ready\ndata: ${JSON.stringify({ lastEventId: lastSent })}\n\n`);
  });
}

/**
 * The notices of `topic` that `accepts` lets through (parsed JSON data), after a `ready`
 * once subscribed: the client re-reads its state on every `ready`, so nothing is missed.
 */
export function openNoticeStream(
  topic: string,
  accepts: (data: unknown) => boolean,
  signal: AbortSignal,
): ReadableStream<Uint8Array> {
  return sseStream(signal, async (sse) => {
    const subscription = subscribe(
      topic,
      (e) => {
        if (accepts(dataOf(e))) sse.write(frameOf(e));
      },
      sse.close,
    );
    sse.onEnd(subscription.close);
    await untilSubscribed(subscription);
    sse.write("event: ready\ndata: {}\n\n");
  });
}
