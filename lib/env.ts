import * as z from "zod";

// Every setting the app reads, parsed once. DATABASE_URL is optional here because
// `next build` imports server modules without a database; lib/db.ts requires it on use.
export const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().min(1).optional(),
  DATABASE_REPLICA_URL: z.string().min(1).optional(),
  REDIS_URL: z.string().min(1).optional(),
  // Prefix of every Redis key and channel, so several deployments (or test runs) can share one Redis.
  REDIS_PREFIX: z
    .string()
    .regex(/^[\w:.-]{1,64}$/)
    .default("jingxuan:"),
  // The address people reach the app at (https://jingxuan.example). Unset, each request's own
  // Host and scheme are used, as scripts/edge.mjs settled them.
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  // Signs session cookies (next-auth reads it too); NEXTAUTH_SECRET is its older name.
  AUTH_SECRET: z.string().min(1).optional(),
  NEXTAUTH_SECRET: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  // "off" lifts every limit (load tests); a number scales every limit; default "on".
  RATE_LIMIT: z.union([z.enum(["on", "off"]), z.coerce.number().positive()]).default("on"),
});

export type Env = z.infer<typeof EnvSchema>;
export const env: Env = EnvSchema.parse(process.env);

/** The secret that signs sessions and device cookies ("" only where none is needed, e.g. a build). */
export const authSecret = (): string => env.AUTH_SECRET ?? env.NEXTAUTH_SECRET ?? "";
