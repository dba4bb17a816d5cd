"use client";

import { useServerEvents, type LiveStatus } from "@/components/ui/use-server-events";
import { LIVE_EVENT_TYPES, type LiveEventData, type LiveEventType } from "@/lib/events/schema";

export type LiveHandlers = { [K in LiveEventType]: (data: LiveEventData[K]) => void } & {
  /** The server could not replay everything missed: reload. */
  reset: () => void;
};

const TYPES = [...LIVE_EVENT_TYPES, "reset"] as const;

/**
 * The article's live events. `since` is the event id the page was rendered at, so nothing
 * between the render and the subscription is missed; reconnects replay from the last id.
 */
export function useLiveEvents(articleId: string, since: string | null, handlers: LiveHandlers): LiveStatus {
  return useServerEvents(`/api/articles/${encodeURIComponent(articleId)}/events`, since, TYPES, (type, data) => {
    if (type === "reset") return handlers.reset();
    if (type in handlers) (handlers[type as LiveEventType] as (d: unknown) => void)(data);
  });
}
