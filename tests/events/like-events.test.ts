import { publishLikeCounts } from "@/lib/events/like-events";
import { LIKE_EVENT_INTERVAL_MS } from "@/lib/events/schema";
import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { countsOf, fold, likeEventCases, listen } from "./like-events-cases";

// In-process (no REDIS_URL); tests/scale/like-events-redis.test.ts runs the same cases through Redis.
describe("like events in one process", () => {
  likeEventCases();

  it("holds the counts changed within a tick and sends them together, newest of each, when it ends", async () => {
    vi.useFakeTimers({ now: Date.now(), toFake: ["Date", "setTimeout", "clearTimeout"] });
    try {
      const articleId = randomUUID();
      const { events, subscription } = listen(articleId);
      await publishLikeCounts(fold(articleId, [["a", 1, 1]]));
      await publishLikeCounts(
        fold(articleId, [
          ["a", 2, 2],
          ["b", 1, 1],
        ]),
      );
      await publishLikeCounts(
        fold(articleId, [
          ["c", 1, 1],
          ["a", 3, 3],
          ["b", 0, 0],
        ]),
      );
      expect(events).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(LIKE_EVENT_INTERVAL_MS);
      expect(events).toHaveLength(2);
      expect(countsOf(events[1]!)).toEqual(
        expect.arrayContaining([
          { id: "a", likeCount: 3 },
          { id: "b", likeCount: 1 },
          { id: "c", likeCount: 1 },
        ]),
      );
      expect(countsOf(events[1]!)).toHaveLength(3);
      await vi.advanceTimersByTimeAsync(LIKE_EVENT_INTERVAL_MS);
      expect(events).toHaveLength(2); // nothing changed since: no event
      subscription.close();
    } finally {
      vi.useRealTimers();
    }
  });
});
