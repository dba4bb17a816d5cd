"use client";

import { callApi } from "@/components/ui/api";
import { SEEN_MAX } from "@/lib/studio/seen-schema";
import { useCallback, type RefCallback } from "react";

// Read receipts: pending comments an instructor had on screen (the studio queue, or the
// article page) are reported to POST /api/studio/seen, so their authors see "seen by an
// instructor". One observer for the page; ids go in batches, each id once per page life.

const BATCH_MS = 500;
const reported = new Set<string>();
const waiting = new Set<string>();
let timer: ReturnType<typeof setTimeout> | undefined;
let observer: IntersectionObserver | undefined;

function flush() {
  timer = undefined;
  const ids = [...waiting];
  waiting.clear();
  for (let i = 0; i < ids.length; i += SEEN_MAX) {
    void callApi("/api/studio/seen", "POST", { commentIds: ids.slice(i, i + SEEN_MAX) }, true);
  }
}

function onScreen(entries: IntersectionObserverEntry[]) {
  for (const entry of entries) {
    const id = entry.isIntersecting ? (entry.target as HTMLElement).dataset.seenId : undefined;
    if (!id) continue;
    observer?.unobserve(entry.target);
    if (reported.has(id)) continue;
    reported.add(id);
    waiting.add(id);
    timer ??= setTimeout(flush, BATCH_MS);
  }
}

/**
 * A ref for the element showing pending comment `commentId` to a curator: once a quarter of it
 * is on screen, the comment is reported seen. `enabled` false (not pending, or the
 * viewer does not curate) observes nothing.
 */
export function useSeenOnScreen(commentId: string, enabled: boolean): RefCallback<HTMLElement> {
  return useCallback(
    (el: HTMLElement | null) => {
      if (!el || !enabled || reported.has(commentId)) return;
      observer ??= new IntersectionObserver(onScreen, { threshold: 0.25 });
      el.dataset.seenId = commentId;
      const watcher = observer;
      watcher.observe(el);
      return () => watcher.unobserve(el);
    },
    [commentId, enabled],
  );
}
