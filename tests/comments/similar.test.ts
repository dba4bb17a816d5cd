import { GET as similarRoute } from "@/app/api/articles/[id]/similar/route";
import type { CurrentUser } from "@/lib/auth/session";
import { invalidate } from "@/lib/cache";
import { findAnsweredQuestions } from "@/lib/comments/similar";
import { SimilarQuestionsQuerySchema } from "@/lib/comments/similar-schema";
import { courseCacheNamespace } from "@/lib/courses/access";
import { analyze } from "@/lib/similarity/analyze";
import { invalidateSimilarQuestions } from "@/lib/similarity/similar-questions";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { addMember, connect, createComment, createCourse, createLesson, createUser } from "../../prisma/factories";
import { asCurrent, createWorld, type World } from "../../prisma/world";

// Issue 16, "answers before you ask": while a learner writes, the answered questions of the
// course that ask the same thing; never one this reader may not open, never an unanswered one.

const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/session", () => ({
  getCurrentUser: async () => session.user,
  requireUser: async () => session.user,
}));

const db = connect(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

const HASHING = "老师，一致性哈希在实际项目里一般用在哪些地方？感觉课里只讲了原理";
const HASHING_AGAIN = "哪些地方会用到一致性哈希";
const HASHING_IN_ENGLISH = "Where is consistent hashing actually used in production systems?";
const BUCKETS = "What's the actual difference between a token bucket and a leaky bucket rate limiter?";
const BUCKETS_AGAIN = "leaky bucket and token bucket look the same to me, what's the actual difference?";
const SHARDING = "单表数据量多大算大？是不是到了两千万就必须分表";
const BREAKER = "熔断和降级到底有什么区别，是一回事吗";
const LAG = "主从复制延迟导致刚写完就读不到，一般怎么解决";
const CACHE_ORDER = "更新数据库和删除缓存，应该先做哪一个？";
const UNRELATED = "今天的直播几点开始，有回放吗";
const LINKED_WORDING = "服务器重启以后内存里的计数会不会没了";

let w: World;
let lesson2: { id: string; slug: string };
const ids: Record<string, string> = {};

/** A comment as the write path stores it (terms included), optionally answered by `answerer`. */
async function ask(
  articleId: string,
  courseId: string,
  body: string,
  opts: { status?: "FEATURED" | "PENDING" | "HIDDEN"; answerer?: string | null; replyState?: "hidden" } = {},
) {
  const c = await createComment(db, {
    courseId,
    articleId,
    authorId: w.users.author.id,
    body,
    status: opts.status ?? "FEATURED",
  });
  await db.comment.update({ where: { id: c.id }, data: { terms: analyze(body) } });
  if (opts.answerer !== null) {
    const answererId = opts.answerer ?? w.users.instructor.id;
    await db.reply.create({
      data: {
        commentId: c.id,
        authorId: answererId,
        body: `An answer to: ${body}`,
        isAuthorReply: answererId === w.users.instructor.id,
        hiddenAt: opts.replyState === "hidden" ? new Date() : null,
      },
    });
    await db.comment.update({ where: { id: c.id }, data: { replyCount: 1 } });
  }
  return c.id;
}

const idsOf = (r: { items: { comment: { id: string } }[] }) => r.items.map((i) => i.comment.id);

// Invite-only course with one trial lesson: its second lesson is locked for non-members.
let locked: { courseId: string; open: string; closed: string; member: CurrentUser; commentId: string };

beforeAll(async () => {
  w = await createWorld(db);
  const c = w.course.id;
  lesson2 = await createLesson(db, c, w.users.instructor.id, { position: 1 });
  ids.hashing = await ask(w.article.id, c, HASHING);
  ids.buckets = await ask(lesson2.id, c, BUCKETS);
  ids.unanswered = await ask(w.article.id, c, SHARDING, { answerer: null });
  ids.learnerAnswered = await ask(w.article.id, c, BREAKER, { answerer: w.users.member.id });
  ids.hiddenAnswer = await ask(w.article.id, c, CACHE_ORDER, { replyState: "hidden" });
  ids.pending = await ask(w.article.id, c, LAG, { status: "PENDING", answerer: null });
  const draft = await createLesson(db, c, w.users.instructor.id, { position: 2 });
  await db.article.update({ where: { id: draft.id }, data: { status: "DRAFT" } });
  ids.onDraft = await ask(draft.id, c, "数据库连接池最大连接数一般设置多少合适");
  // The other course holds the very same question, answered.
  const elsewhere = await createLesson(db, w.otherCourse.id, w.users.otherInstructor.id);
  ids.elsewhere = await ask(elsewhere.id, w.otherCourse.id, HASHING, { answerer: w.users.instructor.id });
  ids.elsewhereArticle = elsewhere.id;

  const course = await createCourse(db);
  await db.course.update({ where: { id: course.id }, data: { enrollment: "INVITE", trialLessons: 1 } });
  await invalidate(courseCacheNamespace(course.id));
  const [teacher, learner] = await Promise.all([createUser(db), createUser(db)]);
  await addMember(db, course.id, teacher.id, "INSTRUCTOR");
  await addMember(db, course.id, learner.id);
  const open = await createLesson(db, course.id, teacher.id, { position: 0 });
  const closed = await createLesson(db, course.id, teacher.id, { position: 1 });
  const commentId = await ask(closed.id, course.id, BUCKETS, { answerer: w.users.instructor.id });
  locked = { courseId: course.id, open: open.id, closed: closed.id, member: asCurrent(learner), commentId };
});

describe("what is suggested", () => {
  it("finds an answered question asked in other words, with the instructor's answer and a link to it", async () => {
    const found = await findAnsweredQuestions(w.users.member, w.article.id, { q: HASHING_AGAIN });
    expect(idsOf(found)).toEqual([ids.hashing]);
    const [item] = found.items;
    expect(item!.comment).toMatchObject({ body: HASHING, status: "featured", can: { reply: true } });
    expect(item!.authorReply).toMatchObject({ isAuthorReply: true, body: `An answer to: ${HASHING}` });
    expect(item!.score).toBeGreaterThan(0);
    expect(item!.score).toBeLessThanOrEqual(1);
    expect(item!.href).toBe(`/courses/${w.course.slug}/articles/${w.article.slug}#comment-${ids.hashing}`);
  });

  it("finds it asked in English too", async () => {
    expect(idsOf(await findAnsweredQuestions(null, w.article.id, { q: HASHING_IN_ENGLISH }))).toEqual([ids.hashing]);
  });

  it("finds one on another article of the course, in English", async () => {
    const found = await findAnsweredQuestions(null, w.article.id, { q: BUCKETS_AGAIN });
    expect(idsOf(found)).toEqual([ids.buckets]);
    expect(found.items[0]!.href).toBe(`/courses/${w.course.slug}/articles/${lesson2.slug}#comment-${ids.buckets}`);
  });

  it("finds an answered question by a wording an instructor linked to its answer", async () => {
    const c = w.course.id;
    const answered = await ask(w.article.id, c, "Redis 的持久化用 RDB 还是 AOF？");
    const linked = await createComment(db, {
      courseId: c,
      articleId: w.article.id,
      authorId: w.users.member.id,
      body: LINKED_WORDING,
    });
    await db.comment.update({
      where: { id: linked.id },
      data: { status: "LINKED", answeredInId: answered, terms: analyze(LINKED_WORDING) },
    });
    await invalidateSimilarQuestions(c); // as answering a group does
    // The index is rebuilt in the background while the previous one answers: within seconds.
    await expect
      .poll(async () => idsOf(await findAnsweredQuestions(null, w.article.id, { q: LINKED_WORDING })), {
        timeout: 10_000,
        interval: 500,
      })
      .toEqual([answered]);
  });

  it("never suggests a question of another course", async () => {
    const here = await findAnsweredQuestions(w.users.member, w.article.id, { q: HASHING });
    expect(idsOf(here)).not.toContain(ids.elsewhere);
    const there = await findAnsweredQuestions(w.users.otherInstructor, ids.elsewhereArticle!, { q: HASHING });
    expect(idsOf(there)).toEqual([ids.elsewhere]);
  });

  it.each([
    ["unanswered", SHARDING],
    ["answered by a learner only", BREAKER],
    ["answered in a hidden reply", CACHE_ORDER],
    ["pending", LAG],
    ["on a draft lesson", "数据库连接池最大连接数一般设置多少合适"],
  ])("never suggests a question %s", async (_, q) => {
    for (const viewer of [null, w.users.member, w.users.instructor]) {
      expect((await findAnsweredQuestions(viewer, w.article.id, { q })).items).toEqual([]);
    }
  });

  it("drops a question hidden since the index was built (the index may lag a second)", async () => {
    expect(idsOf(await findAnsweredQuestions(null, w.article.id, { q: HASHING }))).toEqual([ids.hashing]);
    await db.comment.update({ where: { id: ids.hashing }, data: { status: "HIDDEN" } });
    try {
      expect(idsOf(await findAnsweredQuestions(null, w.article.id, { q: HASHING }))).toEqual([]);
    } finally {
      await db.comment.update({ where: { id: ids.hashing }, data: { status: "FEATURED" } });
    }
  });

  it("says nothing for an unrelated sentence or an empty draft", async () => {
    expect((await findAnsweredQuestions(null, w.article.id, { q: UNRELATED })).items).toEqual([]);
    expect((await findAnsweredQuestions(null, w.article.id, { q: "" })).items).toEqual([]);
  });
});

describe("locked lessons", () => {
  it("a non-member never gets a question on a lesson locked for them; a member does", async () => {
    expect((await findAnsweredQuestions(null, locked.open, { q: BUCKETS_AGAIN })).items).toEqual([]);
    const forMember = await findAnsweredQuestions(locked.member, locked.open, { q: BUCKETS_AGAIN });
    expect(idsOf(forMember)).toEqual([locked.commentId]);
  });

  it("asking from a locked lesson is refused like its discussion (403)", async () => {
    await expect(findAnsweredQuestions(null, locked.closed, { q: BUCKETS_AGAIN })).rejects.toMatchObject({
      code: "forbidden",
    });
  });
});

describe("GET /api/articles/{id}/similar", () => {
  const call = (articleId: string, query: string) =>
    similarRoute(new Request(`http://localhost/api/articles/${articleId}/similar${query}`), {
      params: Promise.resolve({ id: articleId }),
    });

  it("answers {items} privately, trimming q", async () => {
    session.user = w.users.member;
    const res = await call(w.article.id, `?q=${encodeURIComponent(`   ${HASHING_AGAIN}  `)}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toContain("no-store");
    const body = (await res.json()) as { items: { comment: { id: string } }[] };
    expect(idsOf(body)).toEqual([ids.hashing]);
  });

  it("q: missing or blank → no items; over 500 characters → 400; unknown article → 404", async () => {
    session.user = null;
    for (const query of ["", "?q=", "?q=%20%20%20"]) {
      const res = await call(w.article.id, query);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ items: [] });
    }
    expect((await call(w.article.id, `?q=${"a".repeat(501)}`)).status).toBe(400);
    expect((await call(w.article.id, `?q=%20${"a".repeat(500)}%20`)).status).toBe(200);
    expect((await call(w.article.id, "?q=a%00b")).status).toBe(400);
    const missing = await call("c0000000000000000000000000", "?q=hello");
    expect(missing.status).toBe(404);
  });

  it("the schema trims before it measures", () => {
    expect(SimilarQuestionsQuerySchema.parse({ q: `  ${"字".repeat(500)}  ` }).q).toHaveLength(500);
    expect(SimilarQuestionsQuerySchema.safeParse({ q: "字".repeat(501) }).success).toBe(false);
  });
});
