// Skips that say why. Vitest's `skipIf` takes no reason and its JSON report keeps none, so a
// test or suite that cannot run here takes these options instead: the reason goes to stderr
// once when the file loads and into the JSON report (meta.skipReason), and `npm test` lists
// every skipped test with it above its closing line.
import type { TestOptions } from "vitest";

declare module "vitest" {
  interface TaskMeta {
    /** Why the test was skipped (set by `skipWhen`). */
    skipReason?: string;
  }
}

/** Options that skip a test or suite, saying why, when `reason` is given; none otherwise. */
export function skipWhen(reason: string | undefined): TestOptions {
  if (!reason) return {};
  console.warn(`[skipped] ${reason}`);
  return { skip: true, meta: { skipReason: reason } };
}
