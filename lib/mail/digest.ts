import { unansweredQuestionSql } from "@/lib/comments/answered";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/config";
import { log } from "@/lib/log";
import { mailOrigin } from "@/lib/mail/origin";
import { backgroundBoss, enqueueMail } from "@/lib/mail/queue";
import { mailTranslator, renderMail } from "@/lib/mail/templates";
import { unsubscribeToken } from "@/lib/mail/unsubscribe";
import { clip } from "@/lib/text";
import "server-only";

// The instructors' weekly digest: for each instructor with something to do in the courses they
// teach (comments or replies waiting for curation, featured questions without an author reply),
// one mail a week through the mail queue. Suspended instructors and those who switched the
// digest off in their settings get none; admins get one only for courses they teach.

/** Mondays at 09:00 China Standard Time. */
export const DIGEST_CRON = "0 9 * * 1";
export const DIGEST_TIME_ZONE = "Asia/Shanghai";
const DIGEST_QUEUE = "weekly-digest";
const QUESTIONS = 3;
/** Sent digests' jobs are kept past the week, so a second run in the same week queues nothing. */
const KEEP_SECONDS = 8 * 24 * 3600;

/** The ISO week of `date` (UTC), e.g. "2026-W49": the digest's idempotency key. */
export function isoWeek(date: Date): string {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const weekday = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - weekday); // the Thursday of this week names its year
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((d.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, "0")}`;
}

type CourseWork = {
  id: string;
  title: string;
  pending: number;
  oldest_body: string | null;
  oldest_at: Date | null;
  unanswered: number;
  questions: string[];
};
type Recipient = { id: string; email: string; name: string; locale: string | null; course_ids: string[] };

const EXCERPT_LENGTH = 100;

/** Who gets a digest, and the work waiting in each course they teach (two queries in all). */
async function loadDigests() {
  const recipients = await db.$queryRaw<Recipient[]>`
    SELECT u.id, u.email, u.name, u.locale, array_agg(m.course_id ORDER BY m.course_id) AS course_ids
    FROM course_members m JOIN users u ON u.id = m.user_id
    WHERE m.role = 'INSTRUCTOR' AND u.suspended_at IS NULL AND u.mail_digest
    GROUP BY u.id`;
  const courseIds = [...new Set(recipients.flatMap((r) => r.course_ids))];
  if (courseIds.length === 0) return [];
  const work = await db.$queryRaw<CourseWork[]>`
    WITH waiting AS (
      SELECT c.course_id, left(c.body, 400) AS body, c.created_at, c.id
      FROM comments c
      WHERE c.course_id = ANY(${courseIds}::text[]) AND c.status = 'PENDING' AND c.deleted_at IS NULL
      UNION ALL
      SELECT c.course_id, left(r.body, 400), r.created_at, r.id
      FROM replies r JOIN comments c ON c.id = r.comment_id
      WHERE c.course_id = ANY(${courseIds}::text[]) AND c.deleted_at IS NULL
        AND r.status = 'PENDING' AND r.hidden_at IS NULL AND r.deleted_at IS NULL),
    pending AS (
      SELECT course_id, count(*)::int AS pending,
             (array_agg(body ORDER BY created_at, id))[1] AS oldest_body, min(created_at) AS oldest_at
      FROM waiting GROUP BY course_id),
    unanswered AS (
      SELECT c.course_id, count(*)::int AS unanswered,
             (array_agg(left(c.body, 400) ORDER BY c.featured_at, c.id))[1:${QUESTIONS}] AS questions
      FROM comments c
      WHERE c.course_id = ANY(${courseIds}::text[]) AND ${Prisma.raw(unansweredQuestionSql("c"))}
      GROUP BY c.course_id)
    SELECT co.id, co.title, COALESCE(p.pending, 0) AS pending, p.oldest_body, p.oldest_at,
           COALESCE(u.unanswered, 0) AS unanswered, COALESCE(u.questions, '{}') AS questions
    FROM courses co
    LEFT JOIN pending p ON p.course_id = co.id
    LEFT JOIN unanswered u ON u.course_id = co.id
    WHERE co.id = ANY(${courseIds}::text[]) AND (p.pending > 0 OR u.unanswered > 0)
    ORDER BY co.title, co.id`;
  return recipients
    .map((r) => ({ ...r, courses: work.filter((w) => r.course_ids.includes(w.id)) }))
    .filter((r) => r.courses.length > 0);
}

/** The digest's paragraphs for one recipient, in their language. */
function paragraphs(locale: string | null, courses: CourseWork[], now: Date): string[] {
  const t = mailTranslator(isLocale(locale) ? locale : DEFAULT_LOCALE);
  const age = (since: Date) => {
    const hours = Math.max(0, Math.floor((now.getTime() - since.getTime()) / 3_600_000));
    return hours < 48 ? t("digest.ageHours", { hours }) : t("digest.ageDays", { days: Math.floor(hours / 24) });
  };
  return courses.flatMap((c) => [
    t("digest.course", { course: c.title, pending: c.pending }),
    ...(c.oldest_body && c.oldest_at
      ? [t("digest.oldest", { age: age(c.oldest_at), excerpt: clip(c.oldest_body, EXCERPT_LENGTH) })]
      : []),
    ...(c.unanswered > 0
      ? [
          t("digest.unanswered", { count: c.unanswered }),
          ...c.questions.map((q) => t("digest.question", { excerpt: clip(q, EXCERPT_LENGTH) })),
        ]
      : []),
  ]);
}

/** Queues this week's digest for every instructor with work waiting; returns how many were queued. */
export async function sendWeeklyDigests(now: Date): Promise<number> {
  const [digests, origin] = await Promise.all([loadDigests(), mailOrigin()]);
  const week = isoWeek(now);
  for (const r of digests) {
    const mail = renderMail({
      kind: "digest",
      to: r,
      paragraphs: paragraphs(r.locale, r.courses, now),
      actionUrl: `${origin}/studio`,
      unsubscribeUrl: `${origin}/api/unsubscribe?token=${unsubscribeToken(r.id, "digest")}`,
    });
    await db.$transaction((tx) => enqueueMail(tx, `digest:${r.id}:${week}`, mail, { keepSeconds: KEEP_SECONDS }));
  }
  log.info({ week, count: digests.length }, "weekly digests queued");
  return digests.length;
}

let scheduled: Promise<void> | undefined;

/** Schedules the weekly digest and works its job in this process (the one running the mail worker); once per process. */
export function startDigestSchedule(): Promise<void> {
  scheduled ??= (async () => {
    const boss = await backgroundBoss();
    await boss.createQueue(DIGEST_QUEUE, { retryLimit: 3, retryDelay: 60 });
    // Every server schedules the same name: pg-boss keeps one schedule and sends each week's job once.
    await boss.schedule(DIGEST_QUEUE, DIGEST_CRON, null, { tz: DIGEST_TIME_ZONE });
    await boss.work(DIGEST_QUEUE, async () => {
      await sendWeeklyDigests(new Date());
    });
  })().catch((err: unknown) => {
    scheduled = undefined;
    throw err;
  });
  return scheduled;
}
