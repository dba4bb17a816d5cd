"use client";

import { useEffect, useEffectEvent, useState } from "react";

export type LiveStatus = "connecting" | "live" | "offline";

const MAX_BACKOFF_MS = 30_000;

/**
 * Subscribes to a Server-Sent Events stream at `url` and hands each event of `types` to
 * `onEvent` (parsed JSON). The browser reconnects by itself and resumes with Last-Event-ID;
 * when it gives up (an HTTP error), this opens the stream again with backoff, from the
 * last id it saw (`?since=`, starting at `since`). The status turns "live" on the
 * server's `ready` event, which is also handed to `onEvent`. The stream closes when the page
 * is hidden (pagehide) and reopens from the last id if it comes back from the back/forward cache.
 */
export function useServerEvents(
  url: string,
  since: string | null,
  types: readonly string[],
  onEvent: (type: string, data: unknown) => void,
): LiveStatus {
  const [status, setStatus] = useState<LiveStatus>("connecting");
  const dispatch = useEffectEvent(onEvent);
  const typeList = types.join(" ");

  useEffect(() => {
    let source: EventSource | null = null;
    let lastId = since;
    let attempts = 0;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const open = () => {
      const target = new URL(url, window.location.href);
      if (lastId) target.searchParams.set("since", lastId);
      const es = new EventSource(target);
      source = es;
      for (const type of [...typeList.split(" "), "ready"]) {
        es.addEventListener(type, (e) => {
          const message = e as MessageEvent<string>;
          if (message.lastEventId) lastId = message.lastEventId;
          if (type === "ready") {
            attempts = 0;
            setStatus("live");
          }
          try {
            dispatch(type, JSON.parse(message.data));
          } catch {
            // a malformed event is skipped; the next reload shows the truth
          }
        });
      }
      es.onerror = () => {
        if (es.readyState !== EventSource.CLOSED) return setStatus("connecting"); // the browser reconnects
        es.close();
        setStatus("offline");
        retry = setTimeout(open, Math.min(MAX_BACKOFF_MS, 1_000 * 2 ** attempts++));
      };
    };
    const close = () => {
      clearTimeout(retry);
      source?.close();
      source = null;
    };
    // Back/forward cache: a page leaving holds no connection (browsers do not keep pages
    // with an open stream); restored, it resumes from the last id it saw and replays the rest.
    const onPageShow = (e: PageTransitionEvent) => {
      if (!e.persisted) return;
      attempts = 0;
      setStatus("connecting");
      open();
    };
    window.addEventListener("pagehide", close);
    window.addEventListener("pageshow", onPageShow);
    open();
    return () => {
      window.removeEventListener("pagehide", close);
      window.removeEventListener("pageshow", onPageShow);
      close();
    };
  }, [url, since, typeList]);

  return status;
}
