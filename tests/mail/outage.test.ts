// An SMTP outage delays mail and loses none: each queued mail arrives exactly once.
import { afterAll, beforeAll, expect, it } from "vitest";
import { freePort } from "../../scripts/db/server";
import { createTestDatabase, type TestDatabase } from "../../scripts/db/test-database";
import { TestSmtp } from "../support/smtp";

// A database of its own: other test files queue mail too, and with SMTP down all of it
// backs off together; here only this test's mails wait in the queue.
let smtp: TestSmtp;
let testDb: TestDatabase;
const sharedUrl = process.env.DATABASE_URL;
beforeAll(async () => {
  smtp = new TestSmtp(await freePort());
  testDb = await createTestDatabase();
  // Read when lib/env.ts is first imported, so before any app module.
  process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}`;
  process.env.DATABASE_URL = testDb.url;
});
afterAll(async () => {
  const { stopMail } = await import("@/lib/mail/queue");
  await stopMail();
  await (await import("@/lib/db")).db.$disconnect();
  await smtp.stop();
  await testDb.drop();
  delete process.env.SMTP_URL; // the next file in this process sends no mail here
  process.env.DATABASE_URL = sharedUrl;
});

it("queues mail while SMTP is down and delivers each exactly once when it is back", { timeout: 90_000 }, async () => {
  const { db } = await import("@/lib/db");
  const { enqueueMail, startMailWorker } = await import("@/lib/mail/queue");
  const mail = (n: number) => ({
    to: `reader-${n}@test.example`,
    subject: `Outage ${n}`,
    text: `Mail ${n}`,
    html: `<p>${n}</p>`,
  });
  await startMailWorker(); // SMTP is not listening yet
  const run = Date.now();
  for (let n = 0; n < 5; n++) await db.$transaction((tx) => enqueueMail(tx, `outage:${run}:${n}`, mail(n)));
  // The same cause again queues nothing; a rolled-back cause never mails.
  await db.$transaction((tx) => enqueueMail(tx, `outage:${run}:0`, mail(0)));
  await db
    .$transaction(async (tx) => {
      await enqueueMail(tx, `outage:${run}:rolled-back`, mail(99));
      throw new Error("roll back");
    })
    .catch(() => {});
  await new Promise((r) => setTimeout(r, 3_000)); // the worker fails and retries meanwhile
  expect(smtp.mails).toEqual([]);

  const subjects = () => smtp.mails.flatMap((m) => /^Subject: (Outage .*)$/m.exec(m.raw)?.[1] ?? []).sort();
  await smtp.start();
  await smtp.waitFor(() => subjects().length >= 5, 60_000);
  await new Promise((r) => setTimeout(r, 3_000)); // room for any duplicate to show up
  expect(subjects()).toEqual(["Outage 0", "Outage 1", "Outage 2", "Outage 3", "Outage 4"]);
});
