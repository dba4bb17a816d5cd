// Runs once when a Next.js server process starts.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || !process.env.DATABASE_URL) return;
  const { startLikeFolder } = await import("@/lib/comments/like-folder");
  startLikeFolder();
  const { startMailWorker, stopMail } = await import("@/lib/mail/queue");
  void startMailWorker();
  const { startDigestSchedule } = await import("@/lib/mail/digest");
  const { log } = await import("@/lib/log");
  startDigestSchedule().catch((err: unknown) =>
    log.error({ err: err instanceof Error ? err.message : String(err) }, "weekly digest not scheduled"),
  );
  // scripts/http-server.mjs awaits this before it exits: a mail being sent finishes first.
  (globalThis as { jingxuanStopBackground?: () => Promise<void> }).jingxuanStopBackground = stopMail;
  if (process.env.REDIS_URL) {
    const { warmUpRedis } = await import("@/lib/redis");
    warmUpRedis(); // connect now, so the first requests' limits and cache find Redis ready
  }
}
