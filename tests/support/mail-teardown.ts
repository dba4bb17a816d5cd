// Code under test queues mail (pg-boss opens its own pool on first use): every test file
// closes that pool when it ends, so no connection outlives its file.
import { afterAll } from "vitest";

afterAll(async () => {
  if (!(globalThis as { jingxuanBoss?: unknown }).jingxuanBoss) return;
  const { stopMail } = await import("@/lib/mail/queue");
  await stopMail();
});
