import { KEEP_EVENTS } from "@/lib/events/bus-state";
import { publish } from "@/lib/events/publish";
import { currentEventId, replay } from "@/lib/events/replay";
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";

// In one process (no REDIS_URL) the article's last KEEP_EVENTS events are kept for replay.
describe("replay in one process", () => {
  it("says the replay is incomplete once events after the viewer's id were dropped", async () => {
    const articleId = randomUUID();
    const since = await currentEventId(articleId);
    await publish(articleId, "comment.deleted", { id: "first", featuredCount: 0 });
    const afterFirst = await currentEventId(articleId);
    for (let i = 0; i < KEEP_EVENTS; i++)
      await publish(articleId, "comment.deleted", { id: `c${i}`, featuredCount: 0 });

    const fromStart = await replay(articleId, since);
    expect(fromStart.isComplete).toBe(false);
    const fromFirst = await replay(articleId, afterFirst);
    expect(fromFirst.isComplete).toBe(true);
    expect(fromFirst.events).toHaveLength(KEEP_EVENTS);
  });
});
