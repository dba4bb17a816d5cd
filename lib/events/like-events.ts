import { channelOf, emitLocal, KEEP_EVENTS, KEEP_MS, MAX_RINGS, state, streamKey } from "@/lib/events/bus-state";
import { SEND_LUA } from "@/lib/events/publish";
import { LIKE_EVENT_INTERVAL_MS, type LikeCount } from "@/lib/events/schema";
import { isRedisConfigured, redisKey, redisScript } from "@/lib/redis";
import "server-only";

// Like-count events (`comment.likes`): every count of an article that changed within one
// tick (LIKE_EVENT_INTERVAL_MS) goes out in one event, so a like storm costs each viewer
// at most one frame per tick however many comments it moves.

const likeVersionsKey = (articleId: string) => redisKey("likes", articleId);
const likePendingKey = (articleId: string) => redisKey("likes-pending", articleId);

/**
 * Like counts of one article, coalesced across every app server: a comment's count older
 * than one already taken (by the fold's version) is dropped; within LIKE_EVENT_INTERVAL_MS
 * of the article's last like event, the newest counts wait and the caller flushes them
 * when the interval is over. Pending counts are JSON fragments, joined here into one event.
 * KEYS: stream, versions hash (`v<commentId>`, `n` = next send), pending hash (commentId → fragment)
 * ARGV: maxlen, keepMs, channel, type, intervalMs, then commentId, version, fragment per count (none = flush)
 */
const publishLikesScript = redisScript<[string, number | string]>(
  "jingxuanPublishArticleLikes",
  3,
  `${SEND_LUA}
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
for i = 6, #ARGV, 3 do
  local last = redis.call('HGET', KEYS[2], 'v' .. ARGV[i])
  if not last or tonumber(ARGV[i + 1]) > tonumber(last) then
    redis.call('HSET', KEYS[2], 'v' .. ARGV[i], ARGV[i + 1])
    redis.call('HSET', KEYS[3], ARGV[i], ARGV[i + 2])
  end
end
local pending = redis.call('HVALS', KEYS[3])
if #pending == 0 then return {'none', 0} end
redis.call('PEXPIRE', KEYS[2], 60000)
redis.call('PEXPIRE', KEYS[3], 60000)
local nextAt = tonumber(redis.call('HGET', KEYS[2], 'n') or '0')
if now < nextAt then return {'wait', nextAt - now} end
redis.call('HSET', KEYS[2], 'n', now + tonumber(ARGV[5]))
redis.call('DEL', KEYS[3])
return {'sent', send('{"counts":[' .. table.concat(pending, ',') .. ']}')}`,
);

export type FoldedLikeCount = { articleId: string; commentId: string; likeCount: number; version: bigint };

/** Publishes folded like counts: per article, one `comment.likes` event per interval at most. */
export async function publishLikeCounts(counts: FoldedLikeCount[]): Promise<void> {
  const byArticle = new Map<string, FoldedLikeCount[]>();
  for (const c of counts) {
    const list = byArticle.get(c.articleId);
    if (list) list.push(c);
    else byArticle.set(c.articleId, [c]);
  }
  await Promise.all([...byArticle].map(([articleId, list]) => publishArticleLikes(articleId, list)));
}

const fragmentOf = (c: FoldedLikeCount) =>
  JSON.stringify({ id: c.commentId, likeCount: c.likeCount } satisfies LikeCount);

async function publishArticleLikes(articleId: string, counts: FoldedLikeCount[]): Promise<void> {
  if (isRedisConfigured()) {
    try {
      const [outcome, wait] = await publishLikesScript(
        [streamKey(articleId), likeVersionsKey(articleId), likePendingKey(articleId)],
        [
          KEEP_EVENTS,
          KEEP_MS,
          channelOf(articleId),
          "comment.likes",
          LIKE_EVENT_INTERVAL_MS,
          ...counts.flatMap((c) => [c.commentId, c.version.toString(), fragmentOf(c)]),
        ],
      );
      if (outcome === "wait") scheduleFlush(articleId, Number(wait));
      return;
    } catch {
      // Redis unavailable: coalesce in this process instead
    }
  }
  publishLikesLocally(articleId, counts);
}

function scheduleFlush(articleId: string, waitMs: number) {
  if (state.flushes.has(articleId)) return;
  state.flushes.add(articleId);
  setTimeout(
    () => {
      state.flushes.delete(articleId);
      void publishArticleLikes(articleId, []);
    },
    Math.max(1, waitMs) + 5,
  ).unref();
}

function publishLikesLocally(articleId: string, counts: FoldedLikeCount[]) {
  let likes = state.likes.get(articleId);
  if (!likes) {
    if (state.likes.size >= MAX_RINGS) state.likes.delete(state.likes.keys().next().value!);
    likes = { versions: new Map(), pending: new Map(), nextAt: 0 };
    state.likes.set(articleId, likes);
  }
  for (const c of counts) {
    if (c.version <= (likes.versions.get(c.commentId) ?? -1n)) continue;
    likes.versions.set(c.commentId, c.version);
    likes.pending.set(c.commentId, fragmentOf(c));
  }
  if (likes.pending.size === 0) return;
  const now = Date.now();
  if (now < likes.nextAt) {
    likes.timer ??= setTimeout(() => {
      likes.timer = undefined;
      publishLikesLocally(articleId, []);
    }, likes.nextAt - now).unref();
    return;
  }
  likes.nextAt = now + LIKE_EVENT_INTERVAL_MS;
  const data = `{"counts":[${[...likes.pending.values()].join(",")}]}`;
  likes.pending.clear();
  emitLocal(articleId, "comment.likes", data);
}
