import { createComment, updateComment } from "@/lib/comments/mutations";
import { createReply } from "@/lib/comments/replies";
import { createEssay, updateEssay } from "@/lib/essays/mutations";
import { createLesson, updateLesson } from "@/lib/lessons/mutations";
import { CreateLessonSchema, UpdateLessonSchema } from "@/lib/lessons/schema";
import { reindexStale } from "@/lib/search/reindex";
import { searchCourse } from "@/lib/search/search-course";
import { ANALYZER_VERSION } from "@/lib/similarity/analyze";
import { afterAll, beforeAll, expect, it } from "vitest";
import { connect, createComment as insertComment } from "../../prisma/factories";
import { createWorld, type World } from "../../prisma/world";

// Every write of a text writes its index with it: a new or edited comment, a reply, a lesson
// created or saved, a reflection submitted. Rows of an older analyzer are indexed again.

const db = connect(process.env.DATABASE_URL!);
let w: World;
beforeAll(async () => {
  w = await createWorld(db);
});
afterAll(() => db.$disconnect());

type IndexRow = { terms: string[] | null; vector: string | null; index_version: number };
const indexOf = async (table: "comments" | "replies" | "articles", id: string) => {
  const column = table === "comments" ? "terms" : "NULL::text[] AS terms";
  const [row] = await db.$queryRawUnsafe<IndexRow[]>(
    `SELECT ${column}, search_vector::text AS vector, index_version FROM ${table} WHERE id = $1`,
    id,
  );
  return row!;
};
const found = async (q: string) => (await searchCourse(null, w.course.slug, { q, limit: 50 })).items.map((i) => i.id);

it("a comment is indexed when posted and again when its author edits it", async () => {
  const posted = await createComment(w.users.author, w.article.id, { body: "缓存击穿怎么处理？" });
  const row = await indexOf("comments", posted.id);
  expect(row.index_version).toBe(ANALYZER_VERSION);
  expect(row.terms).toContain("#cache-breakdown");
  expect(row.vector).toContain("'击穿'"); // a word inside "缓存击穿" is found too
  await updateComment(w.users.author, posted.id, { body: "Why does the cache stampede?" });
  const edited = await indexOf("comments", posted.id);
  expect(edited.terms).toEqual(expect.arrayContaining(["#cache-breakdown", "?why"])); // the same concept in English
  expect(edited.vector).not.toContain("'击穿'");
  expect(edited.vector).toContain("'stampede'");
});

it("a reply is indexed when written, and found under its featured comment", async () => {
  const question = await insertComment(db, {
    courseId: w.course.id,
    articleId: w.article.id,
    authorId: w.users.author.id,
    status: "FEATURED",
    body: "热点 key 怎么办？",
  });
  const reply = await createReply(w.users.instructor, question.id, { body: "本地缓存加随机过期 jitter" });
  expect((await indexOf("replies", reply.id)).index_version).toBe(ANALYZER_VERSION);
  expect(await found("jitter")).toContain(reply.id);
});

it("a lesson is indexed when created and when saved; title words weigh A", async () => {
  const input = CreateLessonSchema.parse({ title: "布隆过滤器", body: "拦截不存在的 key", status: "published" });
  const lesson = await createLesson(w.users.instructor, w.course.slug, input);
  expect((await indexOf("articles", lesson.id)).vector).toMatch(/'布隆':\d+A/);
  await updateLesson(w.users.instructor, lesson.id, UpdateLessonSchema.parse({ version: 1, title: "Bloom filter" }));
  const saved = await indexOf("articles", lesson.id);
  expect(saved.vector).toMatch(/'bloom':\d+A/);
  expect(saved.vector).toMatch(/'拦截':\d+B/); // the body it kept is still indexed
  expect(await found("bloom filters")).toContain(lesson.id);
});

it("a reflection is indexed when submitted, and found once published", async () => {
  const essay = await createEssay(w.users.author, w.course.slug, { title: "限流复盘", body: "" });
  await updateEssay(w.users.author, essay.id, { action: "submit", title: "限流复盘", body: "令牌桶救了我们的大促" });
  expect((await indexOf("articles", essay.id)).vector).toContain("'大促'");
  expect(await found("令牌桶")).not.toContain(essay.id); // submitted, not published
  await updateEssay(w.users.instructor, essay.id, { action: "publish" });
  expect(await found("令牌桶")).toContain(essay.id);
});

it("reindexStale upgrades rows of an older analyzer and leaves current ones alone", async () => {
  const old = await insertComment(db, {
    courseId: w.course.id,
    articleId: w.article.id,
    authorId: w.users.author.id,
    status: "FEATURED",
    body: "读写分离以后主从延迟怎么办？",
  });
  const current = await insertComment(db, {
    courseId: w.course.id,
    articleId: w.article.id,
    authorId: w.users.author.id,
    status: "FEATURED",
    body: "主从延迟",
  });
  await db.$executeRaw`UPDATE comments SET index_version = ${ANALYZER_VERSION}, search_vector = 'sentinel'::tsvector
    WHERE id = ${current.id}`;
  expect(await found("主从延迟")).not.toContain(old.id);
  const counts = await reindexStale(db, { batch: 2 });
  expect(counts.comments).toBeGreaterThanOrEqual(1);
  const row = await indexOf("comments", old.id);
  expect(row.index_version).toBe(ANALYZER_VERSION);
  expect(row.terms).toContain("#replication-lag");
  expect((await indexOf("comments", current.id)).vector).toBe("'sentinel'");
  expect(await found("主从延迟")).toContain(old.id);
});
