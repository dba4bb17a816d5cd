"use client";

import { useServerEvents, type LiveStatus } from "@/components/ui/use-server-events";
import { QUEUE_NOTICE_TYPES, type QueueNoticeData } from "@/lib/events/schema";
import { useEffect, useRef } from "react";
import { queueParams, type QueueFilter } from "./use-queue";

/** The queue filter that lists each kind of item. */
const LISTED_IN = { comment: "comments", reply: "replies", report: "reports" } as const;

/** A burst of new comments (a whole class at once) costs at most one re-read per this interval. */
const REFRESH_INTERVAL_MS = 500;

type Handlers = {
  /** Re-read the head of the queue: something arrived, or the stream (re)connected and may have missed notices. */
  refresh: () => Promise<void>;
  /** Items dealt with elsewhere. */
  removed: (ids: string[]) => void;
  /** Items edited where they are. */
  changed: (ids: string[]) => void;
};

/** The studio queue's live notices for `filter` (GET /api/studio/events). */
export function useQueueEvents(filter: QueueFilter, handlers: Handlers): LiveStatus {
  const throttle = useRef<{
    timer?: ReturnType<typeof setTimeout>;
    lastAt: number;
    isRunning: boolean;
    isDue: boolean;
  }>({ lastAt: 0, isRunning: false, isDue: false });
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => () => clearTimeout(throttle.current.timer), []);

  function requestRefresh() {
    const t = throttle.current;
    t.isDue = true;
    if (t.isRunning || t.timer) return;
    const run = async () => {
      t.timer = undefined;
      t.isDue = false;
      t.isRunning = true;
      t.lastAt = Date.now();
      await latest.current.refresh();
      t.isRunning = false;
      if (t.isDue) requestRefresh();
    };
    t.timer = setTimeout(() => void run(), Math.max(0, t.lastAt + REFRESH_INTERVAL_MS - Date.now()));
  }

  const params = queueParams(filter);
  params.delete("kind");
  return useServerEvents(`/api/studio/events?${params}`, null, QUEUE_NOTICE_TYPES, (type, data) => {
    if (type === "ready") return requestRefresh();
    if (type === "queue.removed") return handlers.removed((data as QueueNoticeData["queue.removed"]).ids);
    if (type === "queue.changed") return handlers.changed((data as QueueNoticeData["queue.changed"]).ids);
    const { kind } = data as QueueNoticeData["queue.added"];
    if (filter.kind === "all" || filter.kind === LISTED_IN[kind]) requestRefresh();
  });
}
