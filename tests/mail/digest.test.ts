// The instructors' weekly digest, delivered through a real SMTP server.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMember, connect, createCourse, createLesson, createUser } from "../../prisma/factories";
import { freePort } from "../../scripts/db/server";
import { createTestDatabase, type TestDatabase } from "../../scripts/db/test-database";
import { TestSmtp, type CaughtMail } from "../support/smtp";

// A database of its own: the digest goes to every instructor with work, so only this file's
// instructors may exist; and no other file's mail shares the SMTP server.
let smtp: TestSmtp;
let testDb: TestDatabase;
const sharedUrl = process.env.DATABASE_URL;
beforeAll(async () => {
  smtp = new TestSmtp(await freePort());
  await smtp.start();
  testDb = await createTestDatabase();
  // Read when lib/env.ts is first imported, so before any app module.
  process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}`;
  process.env.PUBLIC_URL = "https://jingxuan.test";
  process.env.DATABASE_URL = testDb.url;
});
afterAll(async () => {
  const { stopMail } = await import("@/lib/mail/queue");
  await stopMail();
  await (await import("@/lib/db")).db.$disconnect();
  await smtp.stop();
  await testDb.drop();
  delete process.env.SMTP_URL;
  delete process.env.PUBLIC_URL;
  process.env.DATABASE_URL = sharedUrl;
});

/** The text/plain part of a raw mail, decoded (quoted-printable or base64), with \n line ends. */
function plainText(raw: string): string {
  return decodePart(raw).replace(/\r\n/g, "\n");
}

function decodePart(raw: string): string {
  const part =
    /Content-Type: text\/plain[^\r\n]*\r?\n(?:[^\r\n]+\r?\n)*?Content-Transfer-Encoding: ([\w-]+)\r?\n\r?\n([\s\S]*?)\r?\n(?:--|$)/i.exec(
      raw,
    );
  if (!part) throw new Error(`no text part in:\n${raw}`);
  const [, encoding, body] = part;
  if (encoding!.toLowerCase() === "base64") return Buffer.from(body!.replace(/\s+/g, ""), "base64").toString("utf8");
  if (encoding!.toLowerCase() !== "quoted-printable") return body!;
  const bytes = body!.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/gi, (_, h: string) => `%${h}`);
  return decodeURIComponent(bytes.replace(/%(?![0-9A-F]{2})/gi, "%25"));
}

const HOUR = 3600_000;
const DAY = 24 * HOUR;

describe("weekly digest", () => {
  it("is keyed by the ISO week", async () => {
    const { isoWeek } = await import("@/lib/mail/digest");
    expect(isoWeek(new Date("2026-01-01T12:00:00Z"))).toBe("2026-W01"); // a Thursday
    expect(isoWeek(new Date("2027-01-01T12:00:00Z"))).toBe("2026-W53"); // a Friday: still last year's week
    expect(isoWeek(new Date("2024-12-30T12:00:00Z"))).toBe("2025-W01"); // a Monday: already next year's
    expect(isoWeek(new Date("2026-11-30T00:30:00Z"))).toBe("2026-W49");
  });

  it(
    "mails each instructor with work their figures and one link to the queue, once a week",
    { timeout: 90_000 },
    async () => {
      const db = connect(testDb.url);
      const now = new Date();
      const user = (name: string, data: { locale?: string; mailDigest?: boolean; suspendedAt?: Date } = {}) =>
        createUser(db, { name }).then(async (u) => {
          await db.user.update({ where: { id: u.id }, data });
          return u;
        });
      const [ann, chen, optedOut, suspended, bob, learner] = await Promise.all([
        user("Ann"),
        user("Chen", { locale: "zh-CN" }),
        user("Opted out", { mailDigest: false }),
        user("Suspended", { suspendedAt: new Date() }),
        user("Bob"),
        user("Learner"),
      ]);
      const algebra = await createCourse(db, { title: "Algebra" });
      const biology = await createCourse(db, { title: "Biology" });
      for (const u of [ann, chen, optedOut, suspended]) await addMember(db, algebra.id, u.id, "INSTRUCTOR");
      for (const u of [ann, bob]) await addMember(db, biology.id, u.id, "INSTRUCTOR");
      await addMember(db, algebra.id, learner.id);
      await addMember(db, biology.id, learner.id);
      const lesson = await createLesson(db, algebra.id, ann.id);
      const bioLesson = await createLesson(db, biology.id, bob.id);
      const comment = (body: string, status: "PENDING" | "FEATURED" | "HIDDEN", ageMs: number, articleId = lesson.id) =>
        db.comment.create({
          data: {
            courseId: articleId === lesson.id ? algebra.id : biology.id,
            articleId,
            authorId: learner.id,
            body,
            status,
            createdAt: new Date(now.getTime() - ageMs),
            featuredAt: status === "FEATURED" ? new Date(now.getTime() - ageMs + HOUR) : null,
          },
        });

      // Algebra: 2 pending comments and 1 pending reply; 2 of 3 featured questions unanswered.
      await comment("The oldest one, still waiting", "PENDING", 5 * DAY);
      await comment("A fresh one", "PENDING", HOUR);
      const why = await comment("Why is the sky blue?", "FEATURED", 4 * DAY);
      await comment("How does it work?", "FEATURED", 3 * DAY);
      const answered = await comment("What is a group?", "FEATURED", 2 * DAY);
      await db.reply.create({
        data: { commentId: answered.id, authorId: ann.id, body: "A set with…", isAuthorReply: true },
      });
      await db.reply.create({
        data: { commentId: why.id, authorId: learner.id, body: "Rayleigh?", status: "PENDING" },
      });
      // Biology: nothing to do (an answered featured question, a hidden comment).
      const bio = await comment("Is a virus alive?", "FEATURED", DAY, bioLesson.id);
      await db.reply.create({ data: { commentId: bio.id, authorId: bob.id, body: "Debated.", isAuthorReply: true } });
      await comment("Spam", "HIDDEN", DAY, bioLesson.id);

      const { startMailWorker } = await import("@/lib/mail/queue");
      const { sendWeeklyDigests } = await import("@/lib/mail/digest");
      await startMailWorker();
      expect(await sendWeeklyDigests(now)).toBe(2);
      await smtp.waitFor((mails) => mails.length >= 2);
      const to = (u: { email: string }) => smtp.mails.filter((m: CaughtMail) => m.to.includes(u.email));

      expect(to(ann)).toHaveLength(1);
      const raw = to(ann)[0]!.raw;
      const headers = raw.slice(0, raw.search(/\r?\n\r?\n/)).replace(/\r?\n[ \t]+/g, " "); // unfolded
      expect(headers).toMatch(/^Subject: This week in your courses$/m);
      expect(headers).toMatch(/^List-Unsubscribe: <https:\/\/jingxuan\.test\/api\/unsubscribe\?token=\S+\.digest\./m);
      const text = plainText(raw);
      expect(text).toContain("Hello Ann,");
      expect(text).toContain("Algebra: 3 comments and replies waiting for curation.");
      expect(text).toContain("The oldest has waited 5 days: “The oldest one, still waiting”");
      expect(text).toContain("2 featured questions have no answer from you yet:");
      expect(text).toContain("– “Why is the sky blue?”\n\n– “How does it work?”");
      expect(text).not.toContain("What is a group?");
      expect(text).not.toContain("Biology"); // nothing to do there
      expect(text.match(/https:\/\/jingxuan\.test\/studio\b/g)).toHaveLength(1); // one link to the queue
      expect(text).toContain("Open the queue: https://jingxuan.test/studio");

      const chinese = plainText(to(chen)[0]!.raw);
      expect(chinese).toContain("「Algebra」：3 条留言和回复等待精选。");
      expect(chinese).toContain("2 个精选问题还没有你的回答：");

      for (const nobody of [optedOut, suspended, bob, learner]) expect(to(nobody)).toEqual([]);

      // The same week again: nothing new is queued. A later mail arriving proves the queue moved on.
      expect(await sendWeeklyDigests(new Date(now.getTime() + HOUR))).toBe(2);
      const { enqueueMail } = await import("@/lib/mail/queue");
      const sentinel = { to: "sentinel@test.example", subject: "Sentinel", text: "-", html: "-" };
      await db.$transaction((tx) => enqueueMail(tx, `sentinel:${now.getTime()}`, sentinel));
      await smtp.waitFor((mails) => mails.some((m) => m.to.includes(sentinel.to)));
      expect(to(ann)).toHaveLength(1);
      expect(to(chen)).toHaveLength(1);
      // The sent job stays past the week (the queue's default is an hour): its id is the week's key.
      const jobs = await db.$queryRaw<{ deletion_seconds: number }[]>`
        SELECT deletion_seconds FROM pgboss.job WHERE name = 'mail' AND data->>'to' = ${ann.email}`;
      expect(jobs).toEqual([{ deletion_seconds: 8 * 24 * 3600 }]);
      await db.$disconnect();
    },
  );

  it("is scheduled for Monday mornings in China Standard Time, once however often a server starts", async () => {
    const { startDigestSchedule } = await import("@/lib/mail/digest");
    await startDigestSchedule();
    await startDigestSchedule();
    const { db } = await import("@/lib/db");
    expect(await db.$queryRaw`SELECT name, cron, timezone FROM pgboss.schedule`).toEqual([
      { name: "weekly-digest", cron: "0 9 * * 1", timezone: "Asia/Shanghai" },
    ]);
  });
});
