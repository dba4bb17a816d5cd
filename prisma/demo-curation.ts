// Demo data of issue 17: "why featured" reasons and FAQ entries on the demo course's answered
// comments, and two featured questions still waiting for an answer, so the article page shows
// its FAQ and the chapter recaps have all three parts. Idempotent: a reason or mark someone
// changed since is kept; the questions have stable ids.
import type { PrismaClient } from "../lib/generated/prisma/client";
import { recountCourse } from "./factories";

const REASONS: Record<string, string> = {
  "demo-comment-1": "精准指出了平均值的陷阱，值得每个看监控面板的人读一读。",
  "demo-comment-2": "The fan-out arithmetic everyone should do once.",
  "demo-comment-4": "A question straight from production, with numbers.",
  "demo-comment-11": "The most common caching question, asked clearly.",
  "demo-comment-13": "把单进程方案放到多副本部署里追问，问到了点子上。",
  "demo-comment-15": "分片数的取舍是本课最常被问到的问题。",
  "demo-comment-35": "一个很多同学都想问的问题。",
};

/** FAQ entries, in the order they were marked (each has an author reply in the demo content). */
const FAQ = [
  "demo-comment-1",
  "demo-comment-4",
  "demo-comment-11",
  "demo-comment-13",
  "demo-comment-15",
  "demo-comment-35",
];

const QUESTIONS = [
  {
    id: "demo-recap-question-1",
    article: "caching-patterns",
    author: "mateo@example.com",
    body: "How long should the lock in the cache-aside rebuild live? If the rebuild is slower than the lock, two requests rebuild anyway.",
  },
  {
    id: "demo-recap-question-2",
    article: "why-systems-fall-over",
    author: "yuki@example.com",
    body: "利特尔法则里的平均停留时间，应该用 p50 还是平均值来算？",
  },
];

const HOUR = 3600 * 1000;

export async function seedCurationMarks(db: PrismaClient) {
  const course = await db.course.findUnique({ where: { slug: "high-concurrency" }, select: { id: true } });
  if (!course) return;
  for (const [id, reason] of Object.entries(REASONS)) {
    await db.comment.updateMany({
      where: { id, status: "FEATURED", curationReason: null },
      data: { curationReason: reason },
    });
  }
  const base = Date.now() - 48 * HOUR;
  for (const [i, id] of FAQ.entries()) {
    await db.comment.updateMany({
      where: { id, status: "FEATURED", faqAt: null, replies: { some: { isAuthorReply: true } } },
      data: { faqAt: new Date(base + i * HOUR) },
    });
  }
  for (const q of QUESTIONS) {
    const [article, author] = await Promise.all([
      db.article.findUnique({
        where: { courseId_slug: { courseId: course.id, slug: q.article } },
        select: { id: true },
      }),
      db.user.findUnique({ where: { email: q.author }, select: { id: true } }),
    ]);
    if (!article || !author) continue;
    const createdAt = new Date(Date.now() - 30 * HOUR);
    await db.comment.upsert({
      where: { id: q.id },
      create: {
        id: q.id,
        courseId: course.id,
        articleId: article.id,
        authorId: author.id,
        body: q.body,
        status: "FEATURED",
        createdAt,
        featuredAt: new Date(createdAt.getTime() + 2 * HOUR),
      },
      update: {},
    });
  }
  await recountCourse(db, course.id);
}
