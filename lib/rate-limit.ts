import { RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

// Budgets per key and window. RATE_LIMIT=off lifts them (load tests); a number scales them.
const LIMITS = {
  register: { points: 10, duration: 3600 }, // per IP
  signInIp: { points: 30, duration: 600 },
  signInAccount: { points: 10, duration: 600 },
  comment: { points: 20, duration: 600 }, // per user
  reply: { points: 40, duration: 600 },
  like: { points: 300, duration: 60 },
  report: { points: 20, duration: 3600 },
  write: { points: 120, duration: 60 }, // any other mutation
} as const;

export type LimitName = keyof typeof LIMITS;

const globalForLimits = globalThis as unknown as { jingxuanLimiters?: Map<LimitName, RateLimiterAbstract> };
const limiters = (globalForLimits.jingxuanLimiters ??= new Map());

function limiter(name: LimitName): RateLimiterAbstract {
  let found = limiters.get(name);
  if (!found) {
    const scale = typeof env.RATE_LIMIT === "number" ? env.RATE_LIMIT : 1;
    const { points, duration } = LIMITS[name];
    found = new RateLimiterMemory({ keyPrefix: name, points: Math.max(1, Math.round(points * scale)), duration });
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

/** The caller's address as the nearest proxy reports it. */
export function clientIp(req: Request): string {
  const forwarded = req.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || req.headers.get("x-real-ip") || "local";
}
