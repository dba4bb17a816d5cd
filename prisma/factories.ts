// Builders for users, courses and content, shared by the demo seed and the tests.
import { PrismaPg } from "@prisma/adapter-pg";
import { randomBytes } from "node:crypto";
import { hashPassword } from "../lib/auth/passwords";
import { PrismaClient, type MemberRole, type Role } from "../lib/generated/prisma/client";

export const connect = (url: string) => new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 4 }) });

const unique = () => randomBytes(5).toString("hex");
export const TEST_PASSWORD = "correct horse battery";
let testHash: Promise<string> | undefined;

export type TestUser = { id: string; email: string; name: string; password: string };

/** A user with a unique email and a known password. */
export async function createUser(
  db: PrismaClient,
  opts: { email?: string; name?: string; role?: Role; password?: string } = {},
): Promise<TestUser> {
  const password = opts.password ?? TEST_PASSWORD;
  const passwordHash = opts.password ? await hashPassword(password) : await (testHash ??= hashPassword(TEST_PASSWORD));
  const email = (opts.email ?? `user-${unique()}@test.example`).toLowerCase();
  const name = opts.name ?? `Tester ${unique().slice(0, 4)}`;
  const user = await db.user.create({ data: { email, name, passwordHash, role: opts.role ?? "LEARNER" } });
  return { id: user.id, email, name, password };
}

export async function createCourse(db: PrismaClient, opts: { slug?: string; title?: string } = {}) {
  const slug = opts.slug ?? `course-${unique()}`;
  return db.course.create({
    data: { slug, title: opts.title ?? `Course ${slug}`, summary: "A course made for a test." },
  });
}

export async function addMember(db: PrismaClient, courseId: string, userId: string, role: MemberRole = "LEARNER") {
  return db.courseMember.upsert({
    where: { courseId_userId: { courseId, userId } },
    create: { courseId, userId, role },
    update: { role },
  });
}

export async function createLesson(
  db: PrismaClient,
  courseId: string,
  authorId: string,
  opts: { slug?: string; title?: string; body?: string; position?: number } = {},
) {
  return db.article.create({
    data: {
      courseId,
      authorId,
      kind: "LESSON",
      status: "PUBLISHED",
      publishedAt: new Date(),
      slug: opts.slug ?? `lesson-${unique()}`,
      title: opts.title ?? "A lesson",
      body: opts.body ?? "## Hello\n\nSome text.",
      position: opts.position ?? 0,
    },
  });
}

/** Sets every stored counter of a course from the rows behind it. */
export async function recountCourse(db: PrismaClient, courseId: string) {
  await db.$executeRaw`DELETE FROM comment_like_deltas d USING comments c WHERE d.comment_id = c.id AND c.course_id = ${courseId}`;
  await db.$executeRaw`
    UPDATE comments c SET
      like_count = (SELECT count(*) FROM comment_likes l WHERE l.comment_id = c.id),
      reply_count = (SELECT count(*) FROM replies r WHERE r.comment_id = c.id AND r.deleted_at IS NULL AND r.hidden_at IS NULL)
    WHERE c.course_id = ${courseId}`;
  await db.$executeRaw`
    UPDATE articles a SET featured_comment_count = (
      SELECT count(*) FROM comments c WHERE c.article_id = a.id AND c.status = 'FEATURED' AND c.deleted_at IS NULL)
    WHERE a.course_id = ${courseId}`;
}

/** A comment in the given state, written directly (tests set up state without the API). */
export async function createComment(
  db: PrismaClient,
  opts: {
    courseId: string;
    articleId: string;
    authorId: string;
    status?: "PENDING" | "FEATURED" | "HIDDEN";
    body?: string;
  },
) {
  const status = opts.status ?? "PENDING";
  const comment = await db.comment.create({
    data: {
      courseId: opts.courseId,
      articleId: opts.articleId,
      authorId: opts.authorId,
      body: opts.body ?? "A comment.",
      status,
      featuredAt: status === "FEATURED" ? new Date() : null,
    },
  });
  if (status === "FEATURED")
    await db.article.update({ where: { id: opts.articleId }, data: { featuredCommentCount: { increment: 1 } } });
  return comment;
}
