// Two production servers on two ports, one PostgreSQL database, one Redis (a key prefix of
// this run's own): what one server does, the other sees at once. Uses the Redis at REDIS_URL
// (default redis://127.0.0.1:6379), else a throwaway redis-server; skips, saying so, with neither.
// Limits run at RATE_LIMIT=0.1 (a tenth of each budget: 2 comments per user per 10 min),
// so a limit is spent in a few requests.
import type { CommentDTO, Page, ReplyDTO } from "@/lib/comments/schema";
import { compareEventIds, LIKE_EVENT_INTERVAL_MS, type LiveEventData } from "@/lib/events/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect, createComment, createLesson, type TestUser } from "../../prisma/factories";
import { createWorld, type WorldUser } from "../../prisma/world";
import { createTestDatabase, type TestDatabase } from "../../scripts/db/test-database";
import { startApp, type AppServer } from "../support/app-server";
import { skipWhen } from "../support/skip";
import { api, canShareRedis, ensureBuild, json, SHARED_REDIS_URL, shareRedis, signIn, SseReader } from "./support";

const skip = skipWhen(
  canShareRedis
    ? undefined
    : `no Redis answers at ${SHARED_REDIS_URL} and there is no redis-server binary (set REDIS_URL to run these)`,
);
let redis: Awaited<ReturnType<typeof shareRedis>> | undefined;

let testDb: TestDatabase;
let db: ReturnType<typeof connect>;
let s1: AppServer;
let s2: AppServer;
const readers: SseReader[] = [];
const latencies: Record<string, number[]> = { like: [], curation: [], queue: [] };

let instructor: TestUser, alice: TestUser, bob: TestUser, poster: TestUser;
let lessonId: string, quietLessonId: string;
let featuredId: string, pendingIds: string[];
const cookies: Record<string, string> = {};

const stream = (server: AppServer, articleId: string, lastEventId?: string) => {
  const reader = new SseReader(
    `${server.url}/api/articles/${articleId}/events`,
    lastEventId ? { "last-event-id": lastEventId } : {},
  );
  readers.push(reader);
  return reader;
};
const studioStream = (server: AppServer, cookie: string) => {
  const reader = new SseReader(`${server.url}/api/studio/events`, { cookie });
  readers.push(reader);
  return reader;
};

describe("two app servers sharing PostgreSQL and Redis", skip, () => {
  beforeAll(async () => {
    ensureBuild();
    testDb = await createTestDatabase();
    db = connect(testDb.url);
    const world = await createWorld(db, { learners: 3 });
    const { course } = world;
    // Learners' replies go public at once here: this file is about events crossing servers.
    await db.course.update({ where: { id: course.id }, data: { repliesNeedCuration: false } });
    [instructor, lessonId] = [world.users.instructor, world.article.id];
    [alice, bob, poster] = world.learners as [WorldUser, WorldUser, WorldUser];
    quietLessonId = (await createLesson(db, course.id, instructor.id)).id;
    featuredId = (
      await createComment(db, {
        courseId: course.id,
        articleId: lessonId,
        authorId: poster.id,
        status: "FEATURED",
        body: "featured",
      })
    ).id;
    pendingIds = [];
    for (const body of ["first pending", "second pending"]) {
      pendingIds.push(
        (await createComment(db, { courseId: course.id, articleId: lessonId, authorId: alice.id, body })).id,
      );
    }
    redis = await shareRedis();
    const env = { REDIS_URL: redis.url, REDIS_PREFIX: redis.prefix, RATE_LIMIT: "0.1" };
    [s1, s2] = await Promise.all([startApp(testDb.url, env), startApp(testDb.url, env)]);
    // Each user signs in once, on server 1 (RATE_LIMIT=0.1 allows one sign-in per account per 10 min).
    for (const [name, u] of Object.entries({ instructor, alice, bob, poster }))
      cookies[name] = await signIn(s1.url, u.email, u.password);
  }, 600_000);

  afterAll(async () => {
    for (const r of readers) r.close();
    await Promise.all([s1?.kill(), s2?.kill()]);
    await db?.$disconnect();
    await testDb?.drop();
    await redis?.release();
    for (const [what, ms] of Object.entries(latencies)) {
      if (ms.length)
        console.log(
          `[scale] ${what} on server 1 → event on server 2's stream: ${ms.map((v) => `${Math.round(v)} ms`).join(", ")}`,
        );
    }
  }, 60_000);

  it("both servers report the database and Redis as ok", async () => {
    for (const s of [s1, s2])
      expect((await api(s.url, "/api/health")).json).toEqual({ status: "ok", database: "ok", redis: "ok" });
  });

  it("a session cookie from server 1 works on server 2 (no sticky sessions)", async () => {
    const path = `/api/articles/${lessonId}/comments?status=all`; // curators only
    expect((await api(s2.url, path)).status).toBe(401);
    const res = await api(s2.url, path, { cookie: cookies.instructor });
    expect(res.status).toBe(200);
    expect(res.json.items?.map((c) => c.id)).toEqual(expect.arrayContaining([featuredId, ...pendingIds]));
  });

  it("a like on server 1 shows on an SSE stream of server 2", async () => {
    const events = stream(s2, lessonId);
    await events.ready();
    expect(events.status).toBe(200);
    expect(events.headers?.get("content-type")).toMatch(/^text\/event-stream/);
    expect(events.headers?.get("cache-control")).toBe("no-cache, no-transform");
    expect(events.headers?.get("x-accel-buffering")).toBe("no");

    let expected = 0;
    for (const who of ["alice", "bob"] as const) {
      const started = performance.now();
      const like = await api(s1.url, `/api/comments/${featuredId}/like`, { method: "PUT", cookie: cookies[who] });
      expect(like.status).toBe(200);
      expected += 1;
      const event = await events.next(
        (e) => e.event === "comment.likes" && json<LiveEventData["comment.likes"]>(e).counts[0]?.likeCount === expected,
      );
      expect(json(event)).toEqual({ counts: [{ id: featuredId, likeCount: expected }] });
      latencies.like!.push(event.at - started);
      await new Promise((r) => setTimeout(r, LIKE_EVENT_INTERVAL_MS + 50)); // the next like falls in the next coalescing window
    }
  });

  it("curation on server 1 reaches server 2's stream; a reconnect with Last-Event-ID replays exactly what was missed", async () => {
    const first = stream(s2, lessonId);
    await first.ready();
    const [toFeature] = pendingIds;
    const started = performance.now();
    const curated = await api(s1.url, `/api/comments/${toFeature}/curation`, {
      method: "PATCH",
      cookie: cookies.instructor,
      body: { status: "featured" },
    });
    expect(curated.status).toBe(200);
    const featured = await first.next((e) => e.event === "comment.featured");
    latencies.curation!.push(featured.at - started);
    const data = json<LiveEventData["comment.featured"]>(featured);
    expect(data).toMatchObject({
      wasFeatured: false,
      featuredCount: 2,
      comment: { id: toFeature, status: "featured", likedByMe: false, heldReason: null },
    });
    first.close();
    const observer = stream(s1, lessonId); // stays connected: tells when the like is published
    await observer.ready();

    // While disconnected: a reply (server 1), a like (server 2), a pin (server 1).
    const reply = await api(s1.url, `/api/comments/${toFeature}/replies`, {
      method: "POST",
      cookie: cookies.bob,
      body: { body: "A reply while you were away" },
    });
    expect(reply.status).toBe(201);
    expect((await api(s2.url, `/api/comments/${toFeature}/like`, { method: "PUT", cookie: cookies.bob })).status).toBe(
      200,
    );
    await observer.next(
      (e) => e.event === "comment.likes" && json<LiveEventData["comment.likes"]>(e).counts[0]?.id === toFeature,
    );
    expect(
      (
        await api(s1.url, `/api/comments/${toFeature}/curation`, {
          method: "PATCH",
          cookie: cookies.instructor,
          body: { pinned: true },
        })
      ).status,
    ).toBe(200);

    const resumed = stream(s2, lessonId, featured.id!);
    await resumed.ready();
    const missed = resumed.liveEvents;
    expect(missed.map((e) => e.event)).toEqual(["reply.created", "comment.likes", "comment.featured"]);
    expect(json<LiveEventData["reply.created"]>(missed[0]!)).toMatchObject({
      reply: { id: (reply.json as ReplyDTO).id, body: "A reply while you were away" },
      replyCount: 1,
    });
    expect(json(missed[1]!)).toEqual({ counts: [{ id: toFeature, likeCount: 1 }] });
    expect(json<LiveEventData["comment.featured"]>(missed[2]!)).toMatchObject({
      wasFeatured: true,
      comment: { id: toFeature, pinned: true },
    });
    const ids = [featured.id!, ...missed.map((e) => e.id!)];
    for (let i = 1; i < ids.length; i++) expect(compareEventIds(ids[i - 1]!, ids[i]!)).toBeLessThan(0); // increasing, each once
  });

  it("a comment posted on server 1 reaches the studio queue's stream on server 2", async () => {
    const queue = studioStream(s2, cookies.instructor!);
    await queue.ready();
    const started = performance.now();
    const posted = await api(s1.url, `/api/articles/${lessonId}/comments`, {
      method: "POST",
      cookie: cookies.bob,
      body: { body: "for the queue" },
    });
    expect(posted.status).toBe(201);
    const added = await queue.next((e) => e.event === "queue.added");
    latencies.queue!.push(added.at - started);
    expect(json(added)).toMatchObject({ articleId: lessonId, kind: "comment" });
  });

  it("a rate limit spent on server 1 holds on server 2", async () => {
    // RATE_LIMIT=0.1: two comments per user per 10 minutes, counted in Redis for every server.
    for (let i = 0; i < 2; i++) {
      const res = await api(s1.url, `/api/articles/${quietLessonId}/comments`, {
        method: "POST",
        cookie: cookies.poster,
        body: { body: `comment ${i}` },
      });
      expect(res.status).toBe(201);
    }
    const refused = await api(s2.url, `/api/articles/${quietLessonId}/comments`, {
      method: "POST",
      cookie: cookies.poster,
      body: { body: "one too many" },
    });
    expect(refused.status).toBe(429);
    expect(refused.json).toMatchObject({ error: { code: "rate_limited" } });
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("a cached list invalidated by curation on server 1 is gone on server 2", async () => {
    const path = `/api/articles/${quietLessonId}/comments`;
    const ids = async (s: AppServer) =>
      ((await api(s.url, path)).json as unknown as Page<CommentDTO>).items.map((c) => c.id);
    const before = await ids(s2); // builds the shared entry
    // A featured comment written behind the app's back: no invalidation, so the shared entry stays.
    const course = await db.article.findUniqueOrThrow({ where: { id: quietLessonId }, select: { courseId: true } });
    const sneaked = await createComment(db, {
      courseId: course.courseId,
      articleId: quietLessonId,
      authorId: bob.id,
      status: "FEATURED",
      body: "sneaked in",
    });
    expect(await ids(s1)).toEqual(before); // server 1 never built it: it reads server 2's entry from Redis
    expect(await ids(s2)).toEqual(before);

    const pending = await createComment(db, {
      courseId: course.courseId,
      articleId: quietLessonId,
      authorId: alice.id,
      body: "to be featured",
    });
    const curated = await api(s1.url, `/api/comments/${pending.id}/curation`, {
      method: "PATCH",
      cookie: cookies.instructor,
      body: { status: "featured" },
    });
    expect(curated.status).toBe(200);
    const after = await ids(s2); // at once, no waiting for the TTL
    expect(after).toEqual(expect.arrayContaining([pending.id, sneaked.id]));
  });
});
