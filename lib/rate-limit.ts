import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { getRedis, redisKey } from "@/lib/redis";
import ipaddr from "ipaddr.js";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";

// Budgets per key and window. RATE_LIMIT=off lifts them (load tests); a number scales them.
const LIMITS = {
  register: { points: 10, duration: 3600 }, // per IP
  signInIp: { points: 30, duration: 600 },
  signInAccount: { points: 10, duration: 600 }, // from browsers that never signed in to it
  signInDevice: { points: 10, duration: 600 }, // per account, from a browser that did (lib/auth/sign-in-guard.ts)
  comment: { points: 20, duration: 600 }, // per user
  reply: { points: 40, duration: 600 },
  like: { points: 300, duration: 60 },
  report: { points: 20, duration: 3600 },
  upload: { points: 30, duration: 600 }, // per user; each re-encodes an image
  passwordChange: { points: 10, duration: 600 }, // per user: guesses at the current password
  invite: { points: 30, duration: 3600 }, // per user: minting invites, and accepting them
  passwordResetIp: { points: 20, duration: 3600 }, // reset mails asked for, per IP
  passwordResetAddress: { points: 5, duration: 3600 }, // reset mails to one address (lib/accounts/password-reset.ts)
  search: { points: 60, duration: 60 }, // per IP: course search
  similar: { points: 120, duration: 60 }, // per IP: suggestions while typing (debounced, so a writer sends a few a minute)
  write: { points: 120, duration: 60 }, // any other mutation
} as const;

export type LimitName = keyof typeof LIMITS;

const globalForLimits = globalThis as unknown as { jingxuanLimiters?: Map<LimitName, RateLimiterAbstract> };
const limiters = (globalForLimits.jingxuanLimiters ??= new Map());

function limiter(name: LimitName): RateLimiterAbstract {
  let found = limiters.get(name);
  if (!found) {
    const scale = typeof env.RATE_LIMIT === "number" ? env.RATE_LIMIT : 1;
    const { duration } = LIMITS[name];
    const points = Math.max(1, Math.round(LIMITS[name].points * scale));
    const memory = new RateLimiterMemory({ keyPrefix: name, points, duration });
    const redis = getRedis();
    // With Redis every server spends from one budget. While Redis is unreachable each
    // server falls back to its own in-memory budget (the insurance limiter): limits loosen
    // to per-process for the outage instead of failing requests.
    found = redis
      ? new RateLimiterRedis({
          storeClient: redis,
          keyPrefix: redisKey("rl", name),
          points,
          duration,
          insuranceLimiter: memory,
          rejectIfRedisNotReady: true,
        })
      : memory;
    limiters.set(name, found);
  }
  return found;
}

/** Spends one unit of `name` for `key`; throws 429 with Retry-After when the budget is gone. */
export async function rateLimit(name: LimitName, key: string): Promise<void> {
  if (env.RATE_LIMIT === "off") return;
  try {
    await limiter(name).consume(key);
  } catch (res) {
    if (!(res instanceof RateLimiterRes)) throw res;
    const seconds = Math.max(1, Math.ceil(res.msBeforeNext / 1000));
    throw new AppError("rate_limited", "Too many requests. Please wait a moment and try again.", {
      "Retry-After": String(seconds),
    });
  }
}

/** Gives back one unit of `name` for `key`, spent on what turned out to be legitimate. */
export async function refund(name: LimitName, key: string): Promise<void> {
  if (env.RATE_LIMIT === "off") return;
  await limiter(name)
    .reward(key, 1)
    .catch(() => {}); // a lost refund only leaves the budget a little smaller
}

/**
 * The client's address, as the HTTP server settled it from the socket and TRUST_PROXY
 * (scripts/edge.mjs) into X-Forwarded-For. IPv6 clients count per /64: one subscriber
 * usually holds a whole /64 and could otherwise pick a new address per request.
 */
export function clientIp(req: { headers: Pick<Headers, "get"> }): string {
  const address = req.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || "unknown";
  if (!ipaddr.IPv6.isValid(address)) return address;
  return `${ipaddr.IPv6.parse(address)
    .parts.slice(0, 4)
    .map((p) => p.toString(16))
    .join(":")}::/64`;
}
