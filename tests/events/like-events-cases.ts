import type { StoredEvent } from "@/lib/events/bus-state";
import { publishLikeCounts, type FoldedLikeCount } from "@/lib/events/like-events";
import { currentEventId, replay } from "@/lib/events/replay";
import type { LikeCount, LiveEventData } from "@/lib/events/schema";
import { openEventStream } from "@/lib/events/stream";
import { subscribe } from "@/lib/events/subscribe";
import { randomUUID } from "node:crypto";
import { expect, it } from "vitest";

// Like counts go out per article in one `comment.likes` event per tick; in-process and
// through Redis alike (like-events.test.ts, like-events-redis.test.ts).

export async function until(isDone: () => boolean) {
  while (!isDone()) await new Promise((r) => setTimeout(r, 10));
}

export const countsOf = (e: StoredEvent): LikeCount[] => (JSON.parse(e.data) as LiveEventData["comment.likes"]).counts;

/** What a viewer shows after applying `events` in order. */
export function applied(events: StoredEvent[]): Record<string, number> {
  const shown: Record<string, number> = {};
  for (const e of events) for (const c of countsOf(e)) shown[c.id] = c.likeCount;
  return shown;
}

export function listen(articleId: string) {
  const events: StoredEvent[] = [];
  const subscription = subscribe(
    articleId,
    (e) => events.push(e),
    () => {},
  );
  return { events, subscription };
}

export const fold = (articleId: string, counts: [commentId: string, likeCount: number, version: number][]) =>
  counts.map(([commentId, likeCount, version]): FoldedLikeCount => ({
    articleId,
    commentId,
    likeCount,
    version: BigInt(version),
  }));

export function likeEventCases() {
  it("sends the counts of many comments changed in one fold as one event", async () => {
    const articleId = randomUUID();
    const { events, subscription } = listen(articleId);
    await subscription.ready;
    const counts = Array.from({ length: 50 }, (_, i): [string, number, number] => [`c${i}`, i + 1, 1]);
    await publishLikeCounts([...fold(articleId, counts), ...fold(randomUUID(), [["elsewhere", 7, 1]])]);
    await until(() => events.length > 0);
    expect(events).toHaveLength(1);
    expect(events[0]!.type).toBe("comment.likes");
    expect(applied(events)).toEqual(Object.fromEntries(counts.map(([id, n]) => [id, n])));
    subscription.close();
  });

  it("ends on the exact counts, live and replayed from any event, whatever the folds' order", async () => {
    const articleId = randomUUID();
    const since = await currentEventId(articleId);
    const { events, subscription } = listen(articleId);
    await subscription.ready;
    await publishLikeCounts(
      fold(articleId, [
        ["a", 1, 1],
        ["b", 1, 1],
        ["c", 1, 1],
      ]),
    );
    await publishLikeCounts(
      fold(articleId, [
        ["a", 2, 2],
        ["b", 5, 5],
      ]),
    );
    await publishLikeCounts(
      fold(articleId, [
        ["a", 3, 3],
        ["b", 4, 4],
      ]),
    ); // b: an older fold, late
    await publishLikeCounts(fold(articleId, [["c", 9, 9]]));
    const final = { a: 3, b: 5, c: 9 };
    await until(() => applied(events).c === 9 && applied(events).a === 3);
    expect(applied(events)).toEqual(final);
    for (const e of events) expect(new Set(countsOf(e).map((c) => c.id)).size).toBe(countsOf(e).length);

    const replayed = await replay(articleId, since);
    expect(replayed.isComplete).toBe(true);
    expect(replayed.events.map((e) => e.id)).toEqual(events.map((e) => e.id));
    expect(applied(replayed.events)).toEqual(final);
    // A viewer that saw the first event (a cached page rendered after it) catches up exactly.
    const shownAfterFirst = applied(events.slice(0, 1));
    const rest = await replay(articleId, events[0]!.id);
    expect({ ...shownAfterFirst, ...applied(rest.events) }).toEqual(final);
    subscription.close();
  });

  it("writes one encoded frame, the same bytes, to every open stream", async () => {
    const articleId = randomUUID();
    const since = await currentEventId(articleId);
    const aborts = [new AbortController(), new AbortController()];
    const readers = aborts.map((a) => openEventStream(articleId, since, a.signal).getReader());
    const decoder = new TextDecoder();
    const nextFrame = async (reader: ReadableStreamDefaultReader<Uint8Array>, event: string) => {
      for (;;) {
        const { value } = await reader.read();
        if (value && decoder.decode(value).includes(`event: ${event}\n`)) return value;
      }
    };
    await Promise.all(readers.map((r) => nextFrame(r, "ready")));
    await publishLikeCounts(
      fold(articleId, [
        ["x", 1, 1],
        ["y", 2, 1],
      ]),
    );
    const [first, second] = await Promise.all(readers.map((r) => nextFrame(r, "comment.likes")));
    expect(second).toBe(first);
    const text = decoder.decode(first);
    expect(text).toMatch(/^id: \d+-\d+\nevent: comment\.likes\ndata: /);
    expect(JSON.parse(text.slice(text.indexOf("data: ") + 6))).toEqual({
      counts: expect.arrayContaining([
        { id: "x", likeCount: 1 },
        { id: "y", likeCount: 2 },
      ]),
    });
    for (const a of aborts) a.abort();
  });
}
