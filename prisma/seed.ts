// Demo data for the embedded default and `npm run db:setup`. Idempotent: every row has a
// stable key, so running it again adds only what is missing and keeps what people changed since.
import { hashPassword } from "../lib/auth/passwords";
import type { PrismaClient } from "../lib/generated/prisma/client";
import { DEMO_COURSES, DEMO_LEARNERS, type DemoAccount, type DemoCourse } from "./demo-content";
import { seedCurationMarks } from "./demo-curation";
import { connect, recountCourse } from "./factories";

export const DEMO_PASSWORD = "jingxuan-demo";
const DAY = 24 * 3600 * 1000;
const HOUR = 3600 * 1000;
/** Curators' waits vary as they do in a real course (hours), never past now. */
const FEATURE_WAITS = [2, 5, 1, 9, 3, 20, 4, 30, 6, 2, 12, 48];
const featuredAfter = (createdAt: Date, i: number) =>
  new Date(Math.min(createdAt.getTime() + FEATURE_WAITS[i % FEATURE_WAITS.length]! * HOUR, Date.now()));

/** Whether every demo course exists (a dev start seeds what is missing). */
export async function isSeeded(url: string) {
  const db = connect(url);
  try {
    const slugs = DEMO_COURSES.map((c) => c.slug);
    return (await db.course.count({ where: { slug: { in: slugs } } })) === slugs.length;
  } finally {
    await db.$disconnect();
  }
}

export async function seedDemo(url: string) {
  const db = connect(url);
  try {
    await seed(db);
  } finally {
    await db.$disconnect();
  }
}

async function seed(db: PrismaClient) {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const upsertUser = async (email: string, name: string, role: "LEARNER" | "ADMIN" = "LEARNER") =>
    (await db.user.upsert({ where: { email }, create: { email, name, role, passwordHash }, update: {} })).id;

  await upsertUser("admin@example.com", "Admin", "ADMIN");
  const people = new Map<DemoAccount, string>([
    ["instructor", await upsertUser("instructor@example.com", "陈老师 Chen Jing")],
    ["learner", await upsertUser("learner@example.com", "林晓雨 Lin Xiaoyu")],
  ]);
  for (const l of DEMO_LEARNERS) people.set(l.key, await upsertUser(l.email, l.name));
  const who = (key: DemoAccount) => {
    const id = people.get(key);
    if (!id) throw new Error(`No demo account "${key}"`);
    return id;
  };
  const now = Date.now();
  for (const course of DEMO_COURSES) await seedCourse(db, course, who, now);
  await seedCurationMarks(db);
}

async function seedCourse(db: PrismaClient, spec: DemoCourse, who: (key: DemoAccount) => string, now: number) {
  const { slug, title, summary, enrollment, trialLessons } = spec;
  const course = await db.course.upsert({
    where: { slug },
    create: { slug, title, summary, enrollment, trialLessons },
    update: { title, summary },
  });
  const instructorId = who(spec.instructor);
  const member = (userId: string, role: "LEARNER" | "INSTRUCTOR") =>
    db.courseMember.upsert({
      where: { courseId_userId: { courseId: course.id, userId } },
      create: { courseId: course.id, userId, role },
      update: {},
    });
  await member(instructorId, "INSTRUCTOR");
  for (const key of spec.learners) await member(who(key), "LEARNER");

  const articleIds: Record<string, string> = {};
  const upsertArticle = async (
    a: { slug: string; title: string; body: string },
    facts: { kind: "LESSON" | "ESSAY"; authorId: string; position: number; publishedAt: Date | null },
    chapterId: string | null = null,
  ) => {
    const createdAt = facts.publishedAt ?? new Date(now - 2 * DAY);
    const row = await db.article.upsert({
      where: { courseId_slug: { courseId: course.id, slug: a.slug } },
      create: {
        ...a,
        ...facts,
        courseId: course.id,
        chapterId,
        status: facts.publishedAt ? "PUBLISHED" : "DRAFT",
        createdAt,
        submittedAt: facts.kind === "ESSAY" ? facts.publishedAt : null,
      },
      update: {},
    });
    articleIds[a.slug] = row.id;
  };

  // Positions run on across chapters, so ordering by position alone gives course order too.
  let position = 0;
  let published = 0;
  for (const [c, chapter] of spec.chapters.entries()) {
    const id = `${spec.key}-chapter-${c + 1}`;
    const isNew = !(await db.chapter.findUnique({ where: { id }, select: { id: true } }));
    await db.chapter.upsert({
      where: { id },
      create: { id, courseId: course.id, title: chapter.title, position: c },
      update: {},
    });
    for (const { draft, ...lesson } of chapter.lessons) {
      const daysAgo = spec.lessonSchedule.firstDaysAgo - published * spec.lessonSchedule.everyDays;
      const publishedAt = draft ? null : new Date(now - daysAgo * DAY);
      if (!draft) published++;
      position++;
      await upsertArticle(lesson, { kind: "LESSON", authorId: instructorId, position, publishedAt }, id);
    }
    // A database seeded before chapters existed: the new chapter takes its lessons.
    if (isNew) {
      await db.article.updateMany({
        where: { courseId: course.id, slug: { in: chapter.lessons.map((l) => l.slug) }, chapterId: null },
        data: { chapterId: id },
      });
    }
  }
  for (const [i, { author, ...essay }] of spec.essays.entries()) {
    const publishedAt = new Date(now - (8 - i * 3) * DAY);
    await upsertArticle(essay, { kind: "ESSAY", authorId: who(author), position: i + 1, publishedAt });
  }

  for (const [i, c] of spec.comments.entries()) {
    const articleId = articleIds[c.article];
    if (!articleId) throw new Error(`Demo comment ${i} of ${slug} names an unknown article: ${c.article}`);
    const createdAt = new Date(now - c.daysAgo * DAY);
    const isFeatured = c.status === "FEATURED";
    const id = `${spec.key}-comment-${i + 1}`;
    await db.comment.upsert({
      where: { id },
      create: {
        id,
        courseId: course.id,
        articleId,
        authorId: who(c.author),
        body: c.body,
        status: c.status,
        createdAt,
        featuredAt: isFeatured ? featuredAfter(createdAt, i) : null,
        featuredById: isFeatured ? instructorId : null,
        pinnedAt: isFeatured && c.pinned ? createdAt : null,
      },
      update: {},
    });
    if (!isFeatured) continue;
    await db.commentLike.createMany({
      data: (c.likedBy ?? []).map((k) => ({ commentId: id, userId: who(k) })),
      skipDuplicates: true,
    });
    for (const [j, r] of (c.replies ?? []).entries()) {
      const replyId = `${id}-reply-${j + 1}`;
      await db.reply.upsert({
        where: { id: replyId },
        create: {
          id: replyId,
          commentId: id,
          authorId: who(r.author),
          body: r.body,
          isAuthorReply: r.author === spec.instructor,
          createdAt: new Date(createdAt.getTime() + (j + 1) * 5 * HOUR),
        },
        update: {},
      });
    }
  }

  for (const invite of spec.invites) {
    await db.invite.upsert({
      where: { code: invite.code },
      create: { ...invite, courseId: course.id, role: "LEARNER", createdById: instructorId },
      update: {},
    });
  }
  await recountCourse(db, course.id);
}
