import { z } from "@/lib/zod";

// Every setting the app reads, parsed once. DATABASE_URL is optional here because
// `next build` imports server modules without a database; lib/db.ts requires it on use.
const Settings = z.object({
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
  // Uploaded images go to this S3-compatible bucket when it is set, else into PostgreSQL
  // (docs/deploy.md "Uploads: PostgreSQL or S3"). Without keys, the SDK's own chain is used
  // (AWS_* variables, an instance or task role).
  S3_BUCKET: z.string().min(1).optional(),
  S3_REGION: z.string().min(1).default("us-east-1"),
  // MinIO, Cloudflare R2 and the like; unset for AWS itself.
  S3_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  // The bucket in the path (endpoint/bucket/key), not the host name; most non-AWS stores need it.
  S3_FORCE_PATH_STYLE: z.stringbool().default(false),
  // Readers are sent (302) to <S3_PUBLIC_URL>/<key>, a CDN or public bucket, instead of the app
  // streaming each image. https only: pages allow images from 'self' and https.
  S3_PUBLIC_URL: z.url({ protocol: /^https$/ }).optional(),
  // Outgoing mail (smtp:// or smtps://, credentials in the URL). Unset outside production, mail
  // is written to .data/mail/ instead; in production, mail waits in the queue until it is set.
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  MAIL_FROM: z.string().min(3).default("Jingxuan <no-reply@localhost>"),
});

export const EnvSchema = Settings.superRefine((e, ctx) => {
  // A forgotten bucket would otherwise quietly put every image into PostgreSQL.
  const s3Settings = ["S3_ENDPOINT", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY", "S3_PUBLIC_URL"] as const;
  if (!e.S3_BUCKET && s3Settings.some((name) => e[name])) {
    ctx.addIssue({ code: "custom", path: ["S3_BUCKET"], message: "S3 settings are set but S3_BUCKET is not" });
  }
  if (!e.S3_ACCESS_KEY_ID !== !e.S3_SECRET_ACCESS_KEY) {
    ctx.addIssue({
      code: "custom",
      path: ["S3_SECRET_ACCESS_KEY"],
      message: "Set S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY together",
    });
  }
});

export type Env = z.infer<typeof EnvSchema>;
export const env: Env = EnvSchema.parse(process.env);

/** The secret that signs sessions and device cookies ("" only where none is needed, e.g. a build). */
export const authSecret = (): string => env.AUTH_SECRET ?? env.NEXTAUTH_SECRET ?? "";
