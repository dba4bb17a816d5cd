import { env } from "@/lib/env";
import pino from "pino";

// Structured JSON logs, one line per event. Secrets never reach a line: request bodies
// and headers are not logged, and these paths are redacted should they ever be passed.
export const log = pino({
  level: env.LOG_LEVEL ?? (env.NODE_ENV === "test" ? "warn" : "info"),
  base: { app: "jingxuan" },
  redact: {
    paths: [
      "password",
      "*.password",
      "passwordHash",
      "*.passwordHash",
      "cookie",
      "*.cookie",
      "authorization",
      "*.authorization",
      "token",
      "*.token",
    ],
    censor: "[redacted]",
  },
});

/** The request's id: the one a proxy assigned (x-request-id), else a new one. */
export function requestIdOf(req: Request): string {
  const given = req.headers.get("x-request-id");
  return given && /^[\w.-]{1,100}$/.test(given) ? given : crypto.randomUUID();
}
