import { foldLikeDeltas } from "@/lib/comments/likes";
import { log } from "@/lib/log";
import "server-only";

/** How often like deltas are folded: counts in lists lag the truth by about this much. */
export const FOLD_INTERVAL_MS = 250;

const globalForFolder = globalThis as unknown as { jingxuanLikeFolder?: NodeJS.Timeout };

/** Starts the per-process folder once (every app server runs one; they never double count). */
export function startLikeFolder(onFolded?: (articleIds: string[]) => void) {
  if (globalForFolder.jingxuanLikeFolder) return;
  let isRunning = false;
  let isFailing = false; // log a failure once, not four times a second during an outage
  globalForFolder.jingxuanLikeFolder = setInterval(async () => {
    if (isRunning) return;
    isRunning = true;
    try {
      const changed = await foldLikeDeltas();
      if (changed.length) onFolded?.(changed);
      if (isFailing) log.info("like folder recovered");
      isFailing = false;
    } catch (err) {
      if (!isFailing) log.warn({ err: err instanceof Error ? err.message : String(err) }, "like folder could not fold");
      isFailing = true;
    } finally {
      isRunning = false;
    }
  }, FOLD_INTERVAL_MS);
  globalForFolder.jingxuanLikeFolder.unref();
}
