import { channelOf, emitLocal, KEEP_EVENTS, KEEP_MS, MAX_RINGS, state, streamKey } from "@/lib/events/bus-state";
import { SEND_LUA } from "@/lib/events/publish";
import { LIKE_EVENT_INTERVAL_MS, type LiveEventData } from "@/lib/events/schema";
import { isRedisConfigured, redisKey, redisScript } from "@/lib/redis";
import "server-only";

// Like-count events (`comment.likes`), coalesced so a popular comment costs its viewers at
// most one event per comment per LIKE_EVENT_INTERVAL_MS.

const likeKey = (commentId: string) => redisKey("likes", commentId);

/**
 * Like counts, coalesced across every app server: a count older than one already taken
 * (by the fold's version) is dropped; within LIKE_EVENT_INTERVAL_MS of the last event of
 * the comment, the newest count waits and the caller flushes it when the interval is over.
 * KEYS: stream, per-comment hash · ARGV: maxlen, keepMs, channel, type, data, version ('' = flush), intervalMs
 */
const publishLikeScript = redisScript<[string, number | string]>(
  "jingxuanPublishLikes",
  2,
  `${SEND_LUA}
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
if ARGV[6] ~= '' then
  local last = redis.call('HGET', KEYS[2], 'v')
  if last and tonumber(ARGV[6]) <= tonumber(last) then return {'stale', 0} end
  redis.call('HSET', KEYS[2], 'v', ARGV[6], 'p', ARGV[5])
  redis.call('PEXPIRE', KEYS[2], 60000)
end
local pending = redis.call('HGET', KEYS[2], 'p')
if not pending then return {'none', 0} end
local nextAt = tonumber(redis.call('HGET', KEYS[2], 'n') or '0')
if now < nextAt then return {'wait', nextAt - now} end
redis.call('HSET', KEYS[2], 'n', now + tonumber(ARGV[7]))
redis.call('HDEL', KEYS[2], 'p')
return {'sent', send(pending)}`,
);

export type FoldedLikeCount = { articleId: string; commentId: string; likeCount: number; version: bigint };

/** Publishes folded like counts (`comment.likes`), at most one event per comment per interval. */
export async function publishLikeCounts(counts: FoldedLikeCount[]): Promise<void> {
  await Promise.all(counts.map((c) => publishLikeCount(c)));
}

async function publishLikeCount(c: FoldedLikeCount, isFlush = false): Promise<void> {
  const data = JSON.stringify({ id: c.commentId, likeCount: c.likeCount } satisfies LiveEventData["comment.likes"]);
  if (isRedisConfigured()) {
    try {
      const [outcome, wait] = await publishLikeScript(
        [streamKey(c.articleId), likeKey(c.commentId)],
        [
          KEEP_EVENTS,
          KEEP_MS,
          channelOf(c.articleId),
          "comment.likes",
          isFlush ? "" : data,
          isFlush ? "" : c.version.toString(),
          LIKE_EVENT_INTERVAL_MS,
        ],
      );
      if (outcome === "wait") scheduleFlush(c, Number(wait));
      return;
    } catch {
      // Redis unavailable: coalesce in this process instead
    }
  }
  publishLikeLocally(c, isFlush ? undefined : data);
}

function scheduleFlush(c: FoldedLikeCount, waitMs: number) {
  if (state.flushes.has(c.commentId)) return;
  state.flushes.add(c.commentId);
  setTimeout(
    () => {
      state.flushes.delete(c.commentId);
      void publishLikeCount(c, true);
    },
    Math.max(1, waitMs) + 5,
  ).unref();
}

function publishLikeLocally(c: FoldedLikeCount, data: string | undefined) {
  const like = state.likes.get(c.commentId) ?? { version: -1n, nextAt: 0 };
  if (data !== undefined) {
    if (c.version <= like.version) return;
    like.version = c.version;
    like.pending = data;
  }
  state.likes.set(c.commentId, like);
  if (like.pending === undefined) return;
  const now = Date.now();
  if (now < like.nextAt) {
    like.timer ??= setTimeout(() => {
      like.timer = undefined;
      publishLikeLocally(c, undefined);
    }, like.nextAt - now).unref();
    return;
  }
  like.nextAt = now + LIKE_EVENT_INTERVAL_MS;
  const pending = like.pending;
  like.pending = undefined;
  emitLocal(c.articleId, "comment.likes", pending);
  if (state.likes.size > MAX_RINGS) state.likes.delete(state.likes.keys().next().value!);
}
