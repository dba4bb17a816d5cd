// deploy/nginx.conf, as shipped, in front of two production servers (one PostgreSQL, one
// Redis): only its addresses change, to local ports (tests/support/nginx.ts), and its stream cap, to 3. Shows that
// the file is valid, that sign-in, reads, writes and live events work through it, that
// requests reach both servers, that a client cannot choose the address its rate limits are
// kept under, and that one address holds at most the capped number of open streams.
// Skips, saying so, without an nginx binary or a Redis.
import type { LiveEventData } from "@/lib/events/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect, createComment, type TestUser } from "../../prisma/factories";
import { createWorld, type WorldUser } from "../../prisma/world";
import { createTestDatabase, type TestDatabase } from "../../scripts/db/test-database";
import { startApp, type AppServer } from "../support/app-server";
import { hasNginx, startNginx, type Nginx } from "../support/nginx";
import { skipWhen } from "../support/skip";
import { api, canShareRedis, ensureBuild, json, shareRedis, signIn, SseReader } from "./support";

const skip = skipWhen(
  !hasNginx()
    ? "no nginx binary (apt-get install nginx)"
    : !canShareRedis
      ? "no Redis (set REDIS_URL or install redis-server)"
      : undefined,
);

const STREAM_CAP = 3;
// The cap on open streams per client, lowered so that a test can reach it.
const lowerStreamCap = {
  pattern: /limit_conn streams_per_client \d+;/,
  replace: () => `limit_conn streams_per_client ${STREAM_CAP};`,
};

let redis: Awaited<ReturnType<typeof shareRedis>> | undefined;
let testDb: TestDatabase;
let db: ReturnType<typeof connect>;
let servers: AppServer[] = [];
let nginx: Nginx | undefined;
let front: string;
const readers: SseReader[] = [];
let member: TestUser, liker: TestUser;
let lessonId: string, featuredId: string;

describe("deploy/nginx.conf in front of two app servers", skip, () => {
  beforeAll(async () => {
    ensureBuild();
    testDb = await createTestDatabase();
    db = connect(testDb.url);
    const { course, users, learners, article } = await createWorld(db, { learners: 2 });
    const { instructor } = users;
    [member, liker] = learners as [WorldUser, WorldUser];
    lessonId = article.id;
    featuredId = (
      await createComment(db, { courseId: course.id, articleId: lessonId, authorId: instructor.id, status: "FEATURED" })
    ).id;
    await db.article.update({ where: { id: lessonId }, data: { featuredCommentCount: 1 } });
    redis = await shareRedis();
    const env = { REDIS_URL: redis.url, REDIS_PREFIX: redis.prefix, RATE_LIMIT: "0.1" };
    servers = await Promise.all([startApp(testDb.url, env), startApp(testDb.url, env)]);

    nginx = await startNginx(
      servers.map((s) => s.port),
      [lowerStreamCap],
    );
    front = nginx.origin;
  }, 600_000);

  afterAll(async () => {
    for (const r of readers) r.close();
    await nginx?.stop();
    await Promise.all(servers.map((s) => s.kill()));
    await db?.$disconnect();
    await testDb?.drop();
    await redis?.release();
  }, 60_000);

  it("the shipped file passes nginx -t", () => {
    const test = nginx!.check();
    expect(test.output).toContain("syntax is ok");
    expect(test.status).toBe(0);
  });

  it("sign-in, reads and writes work through it, and requests reach both servers", async () => {
    const cookie = await signIn(front, member.email, member.password);
    for (let i = 0; i < 6; i++)
      expect((await api(front, `/api/articles/${lessonId}/comments`, { cookie })).status).toBe(200);
    const like = await api(front, `/api/comments/${featuredId}/like`, { method: "PUT", cookie });
    expect(like.status).toBe(200);
    // least_conn spreads requests when servers are equally busy (round robin among ties).
    const upstreams = new Set(
      nginx!
        .accessLog()
        .split("\n")
        .map((line) => /upstream=(\S+)/.exec(line)?.[1])
        .filter(Boolean),
    );
    expect([...upstreams].sort()).toEqual(servers.map((s) => `127.0.0.1:${s.port}`).sort());
  });

  it("live events stream through it as they happen", async () => {
    const events = new SseReader(`${front}/api/articles/${lessonId}/events`);
    readers.push(events);
    await events.ready(); // a buffering proxy would hold these few bytes back
    expect(events.headers?.get("content-type")).toMatch(/^text\/event-stream/);
    // RATE_LIMIT=0.1 allows one sign-in per account per 10 min: another user likes here.
    const cookie = await signIn(servers[1]!.url, liker.email, liker.password);
    expect((await api(front, `/api/comments/${featuredId}/like`, { method: "PUT", cookie })).status).toBe(200);
    const likes = await events.next(
      (e) => e.event === "comment.likes" && json<LiveEventData["comment.likes"]>(e).counts[0]?.likeCount === 2,
    );
    expect(json(likes)).toEqual({ counts: [{ id: featuredId, likeCount: 2 }] });
    events.close();
  });

  it("a client cannot choose its address: nginx sets X-Forwarded-For, so per-address limits hold", async () => {
    // RATE_LIMIT=0.1 leaves one registration per address per hour.
    const register = (base: string, claimedIp: string) =>
      api(base, "/api/register", {
        method: "POST",
        headers: { "x-forwarded-for": claimedIp },
        body: {
          email: `nginx-${Math.random().toString(36).slice(2)}@test.example`,
          password: "long-enough-pw",
          name: "N",
        },
      });
    expect((await register(front, "198.51.100.1")).status).toBe(201);
    const second = await register(front, "198.51.100.2"); // another claimed address, the same client
    expect(second.status).toBe(429);
    expect(second.headers.get("retry-after")).toMatch(/^\d+$/);
    // Straight to a server, the claimed address is believed (that is why only nginx may set it).
    expect((await register(servers[0]!.url, "198.51.100.3")).status).toBe(201);
  });

  it("one client address holds at most the capped number of open streams; others are refused with 429", async () => {
    const url = `${front}/api/articles/${lessonId}/events`;
    const held = Array.from({ length: STREAM_CAP }, () => new SseReader(url));
    readers.push(...held);
    await Promise.all(held.map((r) => r.ready()));
    const refused = new SseReader(url);
    readers.push(refused);
    await refused.ended;
    expect(refused.status).toBe(429);
    expect(refused.headers?.get("retry-after")).toBe("10");
    const body = await api(front, `/api/articles/${lessonId}/events`);
    expect(body.status).toBe(429);
    expect(body.json).toEqual({ error: { code: "rate_limited", message: expect.any(String) } });
    // A stream that ends frees its place.
    held[0]!.close();
    await expect
      .poll(async () => {
        const again = new SseReader(url);
        readers.push(again);
        await again.ready().catch(() => {}); // refused: the stream ends without it
        again.close();
        return again.status;
      })
      .toBe(200);
  });
});
