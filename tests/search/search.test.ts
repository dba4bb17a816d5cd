import type { CurrentUser } from "@/lib/auth/session";
import { reindexStale } from "@/lib/search/reindex";
import type { SearchResultDTO } from "@/lib/search/schema";
import { searchCourse } from "@/lib/search/search-course";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMember, connect, createComment, createCourse, createLesson, createUser } from "../../prisma/factories";
import { asCurrent, createWorld, type World } from "../../prisma/world";

// What course search finds, and what it never shows: rows are written by the factories (as
// the seed writes them) and indexed by reindexStale, as setup indexes the demo data.

const db = connect(process.env.DATABASE_URL!);
let w: World;
const ids: Record<string, string> = {};
const DAY = 24 * 3600 * 1000;

beforeAll(async () => {
  w = await createWorld(db);
  const c = { courseId: w.course.id, articleId: w.article.id };
  await db.article.update({
    where: { id: w.article.id },
    data: {
      title: "缓存：让读请求少走几步 · Caching",
      body: "## 读多写少\n\n先查**缓存**，未命中再查数据库。Redis is the usual cache.",
    },
  });
  ids.lesson = w.article.id;
  const comment = async (key: string, body: string, opts: { status?: "PENDING" | "FEATURED" | "HIDDEN" } = {}) =>
    (ids[key] = (
      await createComment(db, { ...c, authorId: w.users.author.id, body, status: opts.status ?? "FEATURED" })
    ).id);
  await comment("zh", "一致性哈希在网关里一般用在哪些场景？");
  await comment("en", "Where is consistent hashing used in practice?");
  await comment("mixed", "用 Redis Cluster 的时候还需要自己做一致性哈希吗？");
  await comment("pending", "一致性哈希 还在等待精选", { status: "PENDING" });
  await comment("hidden", "一致性哈希 被隐藏了", { status: "HIDDEN" });
  await comment("deleted", "一致性哈希 已删除");
  await db.comment.update({ where: { id: ids.deleted }, data: { deletedAt: new Date() } });
  const reply = (key: string, body: string, extra: object = {}) =>
    db.reply
      .create({ data: { commentId: ids.zh!, authorId: w.users.instructor.id, body, isAuthorReply: true, ...extra } })
      .then((r) => (ids[key] = r.id));
  await reply("reply", "网关按 hash ring 把请求路由到固定的节点。");
  await reply("hiddenReply", "一致性哈希 hidden reply", { hiddenAt: new Date() });
  await reply("deletedReply", "一致性哈希 deleted reply", { deletedAt: new Date() });
  const article = (
    key: string,
    data: { kind: "LESSON" | "ESSAY"; status: "DRAFT" | "PUBLISHED" | "SUBMITTED"; publishedAt: Date | null },
  ) =>
    db.article
      .create({
        data: {
          ...data,
          courseId: w.course.id,
          authorId: w.users.instructor.id,
          slug: `a-${key}`,
          title: `${key} 一致性哈希`,
          body: "一致性哈希 consistent hashing",
        },
      })
      .then((a) => (ids[key] = a.id));
  await article("draftLesson", { kind: "LESSON", status: "DRAFT", publishedAt: null });
  await article("scheduledLesson", { kind: "LESSON", status: "PUBLISHED", publishedAt: new Date(Date.now() + DAY) });
  await article("submittedEssay", { kind: "ESSAY", status: "SUBMITTED", publishedAt: null });
  await article("publishedEssay", { kind: "ESSAY", status: "PUBLISHED", publishedAt: new Date(Date.now() - DAY) });
  await reindexStale(db);
});
afterAll(() => db.$disconnect());

const search = async (q: string, viewer: CurrentUser | null = null, slug = w.course.slug) =>
  (await searchCourse(viewer, slug, { q, limit: 50 })).items;
const idsOf = (items: SearchResultDTO[]) => items.map((i) => i.id);
const NEVER = [
  "pending",
  "hidden",
  "deleted",
  "hiddenReply",
  "deletedReply",
  "draftLesson",
  "scheduledLesson",
  "submittedEssay",
];

describe("languages", () => {
  it("a Chinese query finds Chinese and English texts of the same concept", async () => {
    const found = idsOf(await search("一致性哈希"));
    for (const key of ["zh", "en", "mixed", "reply", "publishedEssay"]) expect(found, key).toContain(ids[key]);
  });

  it("an English query finds the Chinese question", async () => {
    expect(idsOf(await search("consistent hashing"))).toEqual(expect.arrayContaining([ids.zh, ids.en, ids.mixed]));
  });

  it("a mixed query finds by either language, English by stem", async () => {
    const found = await search("Redis 缓存 caches");
    expect(idsOf(found)).toEqual(expect.arrayContaining([ids.lesson, ids.mixed]));
    const lesson = found.find((r) => r.id === ids.lesson)!;
    expect(lesson).toMatchObject({ kind: "lesson", href: `/courses/${w.course.slug}/articles/${w.article.slug}` });
    const marked = lesson.highlights.map(([s, e]) => lesson.snippet.slice(s, e).toLowerCase());
    expect(marked).toEqual(expect.arrayContaining(["缓存", "redis", "cache"]));
    expect(lesson.snippet).not.toMatch(/[#*]/); // plain text, not markdown
  });

  it("a title match outranks a body match", async () => {
    const [first] = await search("缓存");
    expect(first?.id).toBe(ids.lesson);
  });

  it("results carry the comment's address and author", async () => {
    const found = (await search("网关")).find((r) => r.id === ids.reply)!;
    expect(found).toMatchObject({
      kind: "reply",
      title: w.article.title === "" ? expect.any(String) : expect.any(String),
    });
    expect(found.href).toBe(`/courses/${w.course.slug}/articles/${w.article.slug}#comment-${ids.zh}`);
    expect(found.author).toMatchObject({ id: w.users.instructor.id, isInstructor: true });
  });
});

describe("what nobody finds", () => {
  it.each(["visitor", "outsider", "member", "author", "instructor", "admin"] as const)("%s", async (who) => {
    const viewer = who === "visitor" ? null : w.users[who];
    const found = idsOf(await search("一致性哈希 hidden deleted reply 等待精选 隐藏 删除", viewer));
    for (const key of NEVER) expect(found, key).not.toContain(ids[key]);
  });

  it("an empty or stopword-only query finds nothing; an unknown course is 404; a broken cursor is 400", async () => {
    expect(await search("   ")).toEqual([]);
    expect(await search("的 了 吗")).toEqual([]);
    await expect(searchCourse(null, "no-such-course", { q: "缓存", limit: 10 })).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(searchCourse(null, w.course.slug, { q: "缓存", limit: 10, cursor: "nope" })).rejects.toMatchObject({
      code: "bad_request",
    });
  });
});

describe("locked lessons", () => {
  let slug: string;
  let member: ReturnType<typeof asCurrent>;
  const locked: Record<string, string> = {};
  beforeAll(async () => {
    const course = await db.course.update({
      where: { id: (await createCourse(db)).id },
      data: { enrollment: "INVITE", trialLessons: 1 },
    });
    slug = course.slug;
    const teacher = await createUser(db);
    member = asCurrent(await createUser(db));
    await addMember(db, course.id, member.id);
    const trial = await createLesson(db, course.id, teacher.id, {
      title: "限流入门",
      body: "令牌桶 trial",
      position: 0,
    });
    const closed = await createLesson(db, course.id, teacher.id, {
      title: "限流进阶",
      body: "令牌桶 漏桶 locked",
      position: 1,
    });
    const onClosed = await createComment(db, {
      courseId: course.id,
      articleId: closed.id,
      authorId: member.id,
      status: "FEATURED",
      body: "令牌桶 的容量怎么定？",
    });
    Object.assign(locked, { trial: trial.id, closed: closed.id, onClosed: onClosed.id });
    await reindexStale(db);
  });

  it("visitors and outsiders past the trial find neither the lesson nor its discussion", async () => {
    for (const viewer of [null, w.users.outsider]) {
      const found = idsOf(await search("令牌桶", viewer, slug));
      expect(found).toEqual([locked.trial]);
    }
  });

  it("members find them", async () => {
    expect(idsOf(await search("令牌桶", member, slug)).sort()).toEqual(
      [locked.trial, locked.closed, locked.onClosed].sort(),
    );
  });
});

describe("paging", () => {
  it("a cursor walks every result exactly once, in rank order", async () => {
    const course = await createCourse(db);
    const lesson = await createLesson(db, course.id, w.users.instructor.id, { title: "分片", body: "按用户分片" });
    for (let i = 0; i < 23; i++) {
      const body = `分片${" 分片".repeat(i % 4)} 第 ${i} 个问题`;
      await createComment(db, {
        courseId: course.id,
        articleId: lesson.id,
        authorId: w.users.author.id,
        status: "FEATURED",
        body,
      });
    }
    await reindexStale(db);
    const all = idsOf((await searchCourse(null, course.slug, { q: "分片", limit: 50 })).items);
    expect(all).toHaveLength(24);
    const walked: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await searchCourse(null, course.slug, { q: "分片", limit: 5, cursor });
      walked.push(...idsOf(page.items));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(walked).toEqual(all);
  });
});
