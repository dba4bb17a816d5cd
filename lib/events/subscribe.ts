import { channelOf, deliver, state, type Listener } from "@/lib/events/bus-state";
import { getSubscriber, isRedisConfigured } from "@/lib/redis";
import "server-only";

// Subscribing: this server listens to a channel while any of its viewers watches the topic.

export type Subscription = { ready: Promise<void>; close: () => void };

/**
 * Listens to a topic's events (an article's id, or a notice topic). `ready` settles once
 * this server receives them from Redis (at once without Redis). `onResync` is called when
 * events may have been missed (the subscriber connection to Redis was lost): the stream
 * should close, so that the client reconnects and catches up (replay, or a re-read).
 */
export function subscribe(topic: string, onEvent: Listener["onEvent"], onResync: Listener["onResync"]): Subscription {
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
