// Read-replica routing. The "replica" is a second database that this test keeps apart from
// the primary on purpose (rows only one of them has), so what a list shows tells which
// database it was read from. Replication is done by hand (catchUp), so "lag" is whatever
// the test has not copied yet.
// lib/env reads process.env once, at import: the URLs are set before lib is imported.
// REDIS_URL is unset, so the cache (and its recent-write window) lives in this process.
import type { CurrentUser } from "@/lib/auth/session";
import type * as Cache from "@/lib/cache";
import type * as Curation from "@/lib/comments/curation";
import type * as Mutations from "@/lib/comments/mutations";
import type * as Queries from "@/lib/comments/queries";
import type * as DbModule from "@/lib/db";
import type * as Errors from "@/lib/errors";
import net from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMember, connect, createComment, createCourse, createLesson, createUser } from "../../prisma/factories";
import { asCurrent } from "../../prisma/world";
import { createTestDatabase, type TestDatabase } from "../../scripts/db/test-database";

type Client = ReturnType<typeof connect>;

/** A TCP relay to the replica's server. `cut` closes its port (new connections are refused) and drops open ones. */
async function startLink(target: URL) {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port || 5432), target.hostname.replace(/^\[|\]$/g, ""));
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on("error", () => {}); // a cut link is expected; `close` follows
      socket.on("close", () => {
        sockets.delete(socket);
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  });
  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => {
        server.off("error", reject);
        resolve();
      });
    });
  await listen(0);
  const { port } = server.address() as net.AddressInfo;
  return {
    port,
    cut: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      await closed;
    },
    restore: () => listen(port),
  };
}

const savedEnv = { DATABASE_URL: process.env.DATABASE_URL, REDIS_URL: process.env.REDIS_URL };
let primaryDb: TestDatabase | undefined;
let replicaDb: TestDatabase | undefined;
let primary: Client;
let replica: Client;
let link: Awaited<ReturnType<typeof startLink>> | undefined;

let lib: {
  db: typeof DbModule;
  errors: typeof Errors;
  cache: typeof Cache;
  queries: typeof Queries;
  curation: typeof Curation;
  mutations: typeof Mutations;
};
let courseId: string;
let instructor: CurrentUser, author: CurrentUser, learner: CurrentUser;

/** Replication by hand: new rows, and every comment as the primary has it now. Rows only the replica has stay. */
async function catchUp() {
  await replica.user.createMany({ data: await primary.user.findMany(), skipDuplicates: true });
  await replica.course.createMany({ data: await primary.course.findMany(), skipDuplicates: true });
  await replica.courseMember.createMany({ data: await primary.courseMember.findMany(), skipDuplicates: true });
  await replica.article.createMany({ data: await primary.article.findMany(), skipDuplicates: true });
  for (const row of await primary.comment.findMany())
    await replica.comment.upsert({ where: { id: row.id }, create: row, update: row });
}

/** A published lesson on both databases: each test has a cache namespace of its own. */
async function newLesson() {
  const lesson = await createLesson(primary, courseId, instructor.id);
  await catchUp();
  return lesson.id;
}

/** A featured comment written straight into one database (no cache invalidation). */
const featuredIn = (client: Client, articleId: string, body: string) =>
  createComment(client, { courseId, articleId, authorId: author.id, status: "FEATURED", body });

/** The comment list a viewer gets, as the article page asks for it. */
const list = (viewer: CurrentUser | null, articleId: string, sort: "top" | "new" = "top") =>
  lib.queries.listComments(viewer, articleId, { status: "featured", sort, limit: 20 });

/** The bodies of that list, sorted (order is not what these tests are about). */
const bodies = async (viewer: CurrentUser | null, articleId: string, sort: "top" | "new" = "top") =>
  (await list(viewer, articleId, sort)).items.map((c) => c.body).sort();

describe("read replica routing (DATABASE_REPLICA_URL)", () => {
  beforeAll(async () => {
    // Both made on the server of the global setup's DATABASE_URL, before it is pointed at the primary.
    primaryDb = await createTestDatabase();
    replicaDb = await createTestDatabase();
    primary = connect(primaryDb.url);
    replica = connect(replicaDb.url);
    link = await startLink(new URL(replicaDb.url));
    const replicaUrl = new URL(replicaDb.url);
    replicaUrl.host = `127.0.0.1:${link.port}`;

    process.env.DATABASE_URL = primaryDb.url;
    process.env.DATABASE_REPLICA_URL = replicaUrl.toString();
    delete process.env.REDIS_URL;
    lib = {
      db: await import("@/lib/db"),
      errors: await import("@/lib/errors"),
      cache: await import("@/lib/cache"),
      queries: await import("@/lib/comments/queries"),
      curation: await import("@/lib/comments/curation"),
      mutations: await import("@/lib/comments/mutations"),
    };

    courseId = (await createCourse(primary)).id;
    const [i, a, l] = await Promise.all([createUser(primary), createUser(primary), createUser(primary)]);
    await addMember(primary, courseId, i.id, "INSTRUCTOR");
    await addMember(primary, courseId, a.id);
    await addMember(primary, courseId, l.id);
    [instructor, author, learner] = [asCurrent(i), asCurrent(a), asCurrent(l)];
    await catchUp();
  });

  afterAll(async () => {
    await Promise.allSettled([lib?.db.db.$disconnect(), lib?.db.dbRead.$disconnect()]);
    await link?.cut();
    await Promise.allSettled([primary?.$disconnect(), replica?.$disconnect()]);
    await primaryDb?.drop();
    await replicaDb?.drop();
    delete process.env.DATABASE_REPLICA_URL;
    for (const [name, value] of Object.entries(savedEnv)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  it("readWithReplica sends lag-tolerant reads to the replica and needsPrimary reads to the primary", async () => {
    const articleId = await newLesson();
    await featuredIn(replica, articleId, "only on the replica");
    const count = (client: DbModule.Db) => client.comment.count({ where: { articleId } });

    expect(await lib.db.readWithReplica(false, count)).toBe(1);
    expect(await lib.db.readWithReplica(true, count)).toBe(0);
    expect(await count(lib.db.dbRead)).toBe(1);
    expect(await count(lib.db.db)).toBe(0);
  });

  it("a visitor's featured list is read from the replica", async () => {
    const articleId = await newLesson();
    await featuredIn(primary, articleId, "replicated");
    await catchUp();
    await featuredIn(replica, articleId, "only on the replica");
    await featuredIn(primary, articleId, "not yet on the replica"); // the replica lags behind this write

    expect(await bodies(null, articleId)).toEqual(["only on the replica", "replicated"]);
    // A signed-in reader with nothing of their own gets the same shared list.
    expect(await bodies(learner, articleId)).toEqual(["only on the replica", "replicated"]);
  });

  it("right after a curation the list is read from the primary, so curator and author see it at once", async () => {
    const articleId = await newLesson();
    await featuredIn(replica, articleId, "only on the replica");
    const pending = await createComment(primary, {
      courseId,
      articleId,
      authorId: author.id,
      body: "awaiting curation",
    });
    await catchUp();
    expect(await bodies(null, articleId)).toEqual(["only on the replica"]); // from the replica, and now cached

    // The replica has not replayed this curation yet; nobody must wait for it to.
    await lib.curation.curateComment(instructor, pending.id, { status: "featured" });
    expect(await bodies(instructor, articleId)).toEqual(["awaiting curation"]);
    expect((await list(author, articleId)).items).toEqual([
      expect.objectContaining({ id: pending.id, status: "featured" }),
    ]);
    expect(await bodies(null, articleId)).toEqual(["awaiting curation"]);

    // Once the replica has caught up and the lag budget has passed, a list loaded now
    // (sort "new": a key not cached yet) reads the replica again.
    await catchUp();
    await sleep(lib.cache.REPLICA_LAG_BUDGET_MS + 100);
    expect(await bodies(null, articleId, "new")).toEqual(["awaiting curation", "only on the replica"]);
  });

  it("a learner sees their own new pending comment at once, while the featured list comes from the replica", async () => {
    const articleId = await newLesson();
    await featuredIn(replica, articleId, "only on the replica");

    // Through the app: the comment is written to the primary only (never caught up here).
    const mine = await lib.mutations.createComment(learner, articleId, { body: "my question" });
    expect(mine.status).toBe("pending");

    const items = (await list(learner, articleId)).items.map((c) => [c.body, c.status]);
    expect(items).toEqual([
      ["my question", "pending"], // their own, from the primary
      ["only on the replica", "featured"], // the shared list, from the replica
    ]);
    // Nobody else sees a pending comment.
    expect(await bodies(null, articleId)).toEqual(["only on the replica"]);
    expect(await bodies(author, articleId)).toEqual(["only on the replica"]);
  });

  it("with the replica unreachable, featured reads fall back to the primary and succeed", async () => {
    const articleId = await newLesson();
    await featuredIn(replica, articleId, "only on the replica");
    await featuredIn(primary, articleId, "not yet on the replica");

    await link!.cut(); // the replica's port now refuses connections; pooled ones are dropped
    try {
      // Really down, and with an error that counts as "unavailable" (what the fallback is for).
      const error = await lib.db.dbRead.comment.count().catch((e: unknown) => e);
      expect(lib.errors.isUnavailable(error)).toBe(true);

      expect(await bodies(null, articleId)).toEqual(["not yet on the replica"]);
      expect(await bodies(learner, articleId, "new")).toEqual(["not yet on the replica"]);
    } finally {
      await link!.restore();
    }
    // Back, but skipped for a while after the failure (a hung replica costs one timeout, not
    // one per read): a list loaded now (a key not cached yet) still reads the primary...
    const load = async (limit: number) =>
      (await lib.queries.listComments(null, articleId, { status: "featured", sort: "top", limit })).items.map(
        (c) => c.body,
      );
    expect(await load(10)).toEqual(["not yet on the replica"]);
    // ...and once the back-off is over, the replica again.
    await sleep(lib.db.REPLICA_BACKOFF_MS + 100);
    expect(await load(11)).toEqual(["only on the replica"]);
  });
});
