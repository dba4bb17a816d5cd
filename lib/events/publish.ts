import { channelOf, deliver, emitLocal, KEEP_EVENTS, KEEP_MS, streamKey } from "@/lib/events/bus-state";
import type { LiveEventData, LiveEventType } from "@/lib/events/schema";
import { log } from "@/lib/log";
import { isRedisConfigured, readyRedis, redisScript } from "@/lib/redis";
import "server-only";

// Publishing events (with an id, replayable) and notices (without) to every app server.

/** Lua: appends `data` to the stream, renews its expiry and publishes it with its id; like-events.ts reuses it. */
export const SEND_LUA = `
local function send(data)
  local id = redis.call('XADD', KEYS[1], 'MAXLEN', '~', ARGV[1], '*', 't', ARGV[4], 'd', data)
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  redis.call('PUBLISH', ARGV[3], id .. '\\n' .. ARGV[4] .. '\\n' .. data)
  return id
end`;

/** KEYS: stream · ARGV: maxlen, keepMs, channel, type, data */
const appendAndPublish = redisScript<string>("jingxuanPublish", 1, `${SEND_LUA}\nreturn send(ARGV[5])`);

/**
 * Publishes an event to every viewer of the article, on every app server. Call it after
 * the change committed. Never throws: without Redis, viewers on this server still get it.
 */
export async function publish<T extends LiveEventType>(
  articleId: string,
  type: T,
  data: LiveEventData[T],
): Promise<void> {
  const json = JSON.stringify(data);
  if (isRedisConfigured()) {
    try {
      await appendAndPublish([streamKey(articleId)], [KEEP_EVENTS, KEEP_MS, channelOf(articleId), type, json]);
      return;
    } catch (err) {
      log.warn(
        { err: err instanceof Error ? err.message : String(err), type },
        "live event kept in this process (redis unavailable)",
      );
    }
  }
  emitLocal(articleId, type, json);
}

/**
 * A notice to every listener of `topic` on every app server, without an id or replay: its
 * listeners re-read what they show whenever they (re)connect (the studio's queue).
 * Never throws: without Redis, listeners on this server still get it.
 */
export async function notify(topic: string, type: string, data: unknown): Promise<void> {
  const json = JSON.stringify(data);
  if (isRedisConfigured()) {
    try {
      await (await readyRedis()).publish(channelOf(topic), `\n${type}\n${json}`);
      return;
    } catch {
      // Redis unavailable: this server's listeners only
    }
  }
  deliver(topic, { id: "", type, data: json });
}
