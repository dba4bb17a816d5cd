import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { canShareRedis, SHARED_REDIS_URL, shareRedis } from "./support";

// The like-event cases of tests/events/like-events.test.ts, through Redis: the counts of one
// tick are joined into one event by the Lua script, replayed from the article's Redis stream.
const redis = canShareRedis ? await shareRedis() : null;
if (redis) {
  process.env.REDIS_URL = redis.url;
  process.env.REDIS_PREFIX = redis.prefix;
}
// Imported once the environment names this Redis (lib/env reads it on import).
const { fold, likeEventCases } = await import("../events/like-events-cases");
const { publishLikeCounts } = await import("@/lib/events/like-events");
const { streamKey } = await import("@/lib/events/bus-state");
const { getRedis, getSubscriber } = await import("@/lib/redis");

describe.skipIf(!redis)(`like events through Redis${redis ? "" : ` (no Redis at ${SHARED_REDIS_URL})`}`, () => {
  afterAll(async () => {
    getSubscriber()?.disconnect();
    getRedis()?.disconnect();
    delete process.env.REDIS_URL;
    await redis?.release();
  });

  likeEventCases();

  it("appends one event per tick to the article's Redis stream, for every app server", async () => {
    const articleId = randomUUID();
    await publishLikeCounts(
      fold(articleId, [
        ["a", 1, 1],
        ["b", 2, 1],
      ]),
    );
    const entries = (await getRedis()!.xrange(streamKey(articleId), "-", "+")) as [string, string[]][];
    expect(entries).toHaveLength(1);
    const [, fields] = entries[0]!;
    expect(fields.slice(0, 3)).toEqual(["t", "comment.likes", "d"]);
    expect(JSON.parse(fields[3]!)).toEqual({
      counts: expect.arrayContaining([
        { id: "a", likeCount: 1 },
        { id: "b", likeCount: 2 },
      ]),
    });
  });
});
