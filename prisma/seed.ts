// Demo data for the embedded default and `npm run db:setup`. Idempotent: every row has a
// stable key, so running it again adds nothing and keeps what people changed since.
import { hashPassword } from "../lib/auth/passwords";
import type { PrismaClient } from "../lib/generated/prisma/client";
import { DEMO_COMMENTS, DEMO_COURSE, DEMO_ESSAYS, DEMO_LEARNERS, DEMO_LESSONS } from "./demo-content";
import { connect, recountCourse } from "./factories";

export const DEMO_PASSWORD = "jingxuan-demo";
const DAY = 24 * 3600 * 1000;

/** Whether the demo course exists (the first dev start seeds it). */
export async function isSeeded(url: string) {
  const db = connect(url);
  try {
    return (await db.course.count({ where: { slug: DEMO_COURSE.slug } })) > 0;
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
  const upsertUser = (email: string, name: string, role: "LEARNER" | "ADMIN" = "LEARNER") =>
    db.user.upsert({ where: { email }, create: { email, name, role, passwordHash }, update: {} });

  const admin = await upsertUser("admin@example.com", "Admin", "ADMIN");
  const instructor = await upsertUser("instructor@example.com", "陈老师 Chen Jing");
  const learner = await upsertUser("learner@example.com", "林晓雨 Lin Xiaoyu");
  const people: Record<string, string> = { instructor: instructor.id, learner: learner.id };
  for (const l of DEMO_LEARNERS) people[l.key] = (await upsertUser(l.email, l.name)).id;
  const who = (key: string) => people[key] ?? learner.id;

  const course = await db.course.upsert({
    where: { slug: DEMO_COURSE.slug },
    create: DEMO_COURSE,
    update: { title: DEMO_COURSE.title, summary: DEMO_COURSE.summary },
  });
  const member = (userId: string, role: "LEARNER" | "INSTRUCTOR") =>
    db.courseMember.upsert({
      where: { courseId_userId: { courseId: course.id, userId } },
      create: { courseId: course.id, userId, role },
      update: {},
    });
  await member(instructor.id, "INSTRUCTOR");
  for (const key of Object.keys(people)) if (key !== "instructor") await member(who(key), "LEARNER");
  void admin;

  const articleIds: Record<string, string> = {};
  const now = Date.now();
  const upsertArticle = async (
    a: { slug: string; title: string; body: string },
    kind: "LESSON" | "ESSAY",
    authorId: string,
    position: number,
    ageDays: number,
  ) => {
    const publishedAt = new Date(now - ageDays * DAY);
    const row = await db.article.upsert({
      where: { courseId_slug: { courseId: course.id, slug: a.slug } },
      create: {
        slug: a.slug,
        title: a.title,
        body: a.body,
        courseId: course.id,
        kind,
        authorId,
        status: "PUBLISHED",
        position,
        publishedAt,
        createdAt: publishedAt,
        submittedAt: kind === "ESSAY" ? publishedAt : null,
      },
      update: {},
    });
    articleIds[a.slug] = row.id;
  };
  for (const [i, lesson] of DEMO_LESSONS.entries())
    await upsertArticle(lesson, "LESSON", instructor.id, i + 1, 40 - i * 5);
  for (const [i, { author, ...essay }] of DEMO_ESSAYS.entries())
    await upsertArticle(essay, "ESSAY", who(author), i + 1, 8 - i * 3);

  for (const [i, c] of DEMO_COMMENTS.entries()) {
    const articleId = articleIds[c.article];
    if (!articleId) throw new Error(`Demo comment ${i} names an unknown article: ${c.article}`);
    const createdAt = new Date(now - c.daysAgo * DAY);
    const isFeatured = c.status === "FEATURED";
    const id = `demo-comment-${i + 1}`;
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
        featuredAt: isFeatured ? new Date(createdAt.getTime() + 3 * 3600 * 1000) : null,
        featuredById: isFeatured ? instructor.id : null,
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
          isAuthorReply: r.author === "instructor",
          createdAt: new Date(createdAt.getTime() + (j + 1) * 5 * 3600 * 1000),
        },
        update: {},
      });
    }
  }
  await recountCourse(db, course.id);
}
