import {
  getMyActivity,
  listAllMyEssays,
  listMyComments,
  listMyReplies,
  MY_ESSAYS_PAGE_SIZE,
  MY_PAGE_SIZE,
  MyEssaysQuerySchema,
  MyPageQuerySchema,
} from "@/lib/me";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect, createUser } from "../../prisma/factories";
import { asCurrent, createWorld, type World, type WorldUser } from "../../prisma/world";
import { walkPages } from "../support/paging";

// Issue 12: /me's comments, replies and reflections come in pages by keyset cursor instead of
// being capped at 50 and 100. The first page is what the page showed before; the pages after
// it (GET /api/me/*) hold each of the user's own items exactly once, and nobody else's.

const db = connect(process.env.DATABASE_URL!);
let w: World;
let me: WorldUser;
const expected = { comments: [] as string[], replies: [] as string[], essays: [] as string[] };

const T0 = Date.UTC(2026, 10, 1, 8);
/** Several items share each time, so the id must break ties. */
const at = (i: number) => new Date(T0 + (i % 17) * 60_000);
const N = { comments: MY_PAGE_SIZE + 13, replies: MY_PAGE_SIZE + 7, essays: MY_ESSAYS_PAGE_SIZE + 5 };

beforeAll(async () => {
  w = await createWorld(db);
  me = asCurrent(await createUser(db));
  const base = { courseId: w.course.id, articleId: w.article.id };
  for (const authorId of [me.id, w.users.member.id]) {
    await db.comment.createMany({
      data: Array.from({ length: N.comments }, (_, i) => ({ ...base, authorId, body: `c${i}`, createdAt: at(i) })),
    });
    await db.article.createMany({
      data: Array.from({ length: N.essays }, (_, i) => ({
        courseId: i % 2 ? w.course.id : w.otherCourse.id,
        authorId,
        kind: "ESSAY" as const,
        slug: `me-paging-${authorId}-${i}`,
        title: `Essay ${i}`,
        body: "Text",
        updatedAt: at(i),
      })),
    });
  }
  const parent = await db.comment.create({ data: { ...base, authorId: w.users.author.id, body: "parent" } });
  for (const authorId of [me.id, w.users.member.id]) {
    await db.reply.createMany({
      data: Array.from({ length: N.replies }, (_, i) => ({
        commentId: parent.id,
        authorId,
        body: `r${i}`,
        createdAt: at(i),
      })),
    });
  }
  // Deleted ones are not listed.
  await db.comment.create({ data: { ...base, authorId: me.id, body: "gone", deletedAt: new Date() } });
  await db.reply.create({ data: { commentId: parent.id, authorId: me.id, body: "gone", deletedAt: new Date() } });

  const newest = [{ createdAt: "desc" as const }, { id: "desc" as const }];
  const mine = { authorId: me.id, deletedAt: null };
  const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
  expected.comments = ids(await db.comment.findMany({ where: mine, orderBy: newest, select: { id: true } }));
  expected.replies = ids(await db.reply.findMany({ where: mine, orderBy: newest, select: { id: true } }));
  expected.essays = ids(
    await db.article.findMany({
      where: { authorId: me.id, kind: "ESSAY" },
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      select: { id: true },
    }),
  );
});
afterAll(() => db.$disconnect());

describe("/me, a page at a time", () => {
  it("shows the same first pages as before (50 comments, 50 replies, 100 reflections) and the totals", async () => {
    const activity = await getMyActivity(me);
    expect(activity.comments.items.map((c) => c.id)).toEqual(expected.comments.slice(0, 50));
    expect(activity.replies.items.map((r) => r.id)).toEqual(expected.replies.slice(0, 50));
    expect(activity.essays.items.map((e) => e.id)).toEqual(expected.essays.slice(0, 100));
    expect([activity.comments.total, activity.replies.total, activity.essays.total]).toEqual([
      N.comments,
      N.replies,
      N.essays,
    ]);
    for (const list of [activity.comments, activity.replies, activity.essays]) expect(list.nextCursor).not.toBeNull();
  });

  it("pages through each list after the first page: newest first, none repeated or skipped, null at the end", async () => {
    const activity = await getMyActivity(me);
    const lists = [
      ["comments", listMyComments, MyPageQuerySchema, activity.comments],
      ["replies", listMyReplies, MyPageQuerySchema, activity.replies],
      ["essays", listAllMyEssays, MyEssaysQuerySchema, activity.essays],
    ] as const;
    for (const [name, list, schema, first] of lists) {
      // What "Load more" asks for: the API's default page size, from the first page's cursor.
      const rest = await walkPages(
        (cursor) => list(me, schema.parse({ cursor })),
        schema.parse({}).limit,
        first.nextCursor!,
      );
      expect([...first.items.map((i) => i.id), ...rest.ids], name).toEqual(expected[name]);
      expect(rest.pages, name).toBe(1);
      // Small pages from the start: many pages, the same items.
      const small = await walkPages((cursor) => list(me, schema.parse({ cursor, limit: "6" })), 6);
      expect(small.ids, name).toEqual(expected[name]);
      expect(small.pages, name).toBe(Math.ceil(expected[name].length / 6));
    }
  });

  it("never lists another user's items, even with a cursor taken from their list", async () => {
    const other = w.users.member;
    const theirs = await listMyComments(other, { limit: 3 });
    const page = await listMyComments(me, { cursor: theirs.nextCursor!, limit: 100 });
    expect(page.items.length).toBeGreaterThan(0);
    const mineOnly = new Set([...expected.comments, ...expected.replies, ...expected.essays]);
    for (const read of [listMyComments, listMyReplies, listAllMyEssays]) {
      const all = await walkPages((cursor) => read(me, { cursor, limit: 40 }), 40);
      expect(all.ids.every((id) => mineOnly.has(id))).toBe(true);
      const stranger = await walkPages((cursor) => read(w.users.outsider, { cursor, limit: 40 }), 40);
      expect(stranger).toEqual({ ids: [], pages: 1 });
    }
    const otherIds = (await listMyComments(other, { limit: 100 })).items.map((c) => c.id);
    expect(otherIds.some((id) => mineOnly.has(id))).toBe(false);
  });

  it("a comment written meanwhile goes to the top without making another repeat or vanish", async () => {
    const page1 = await listMyComments(me, { limit: 10 });
    const fresh = await db.comment.create({
      data: { courseId: w.course.id, articleId: w.article.id, authorId: me.id, body: "new" },
    });
    const rest = await walkPages((cursor) => listMyComments(me, { cursor, limit: 10 }), 10, page1.nextCursor!);
    expect([...page1.items.map((c) => c.id), ...rest.ids]).toEqual(expected.comments);
    expect(rest.ids).not.toContain(fresh.id);
    await db.comment.delete({ where: { id: fresh.id } });
  });

  it("refuses a cursor it did not make", async () => {
    for (const cursor of ["nope", Buffer.from('{"createdAt":"x","id":"y"}').toString("base64url"), "e30"]) {
      await expect(listMyComments(me, { cursor })).rejects.toMatchObject({ code: "bad_request" });
      await expect(listMyReplies(me, { cursor })).rejects.toMatchObject({ code: "bad_request" });
    }
    expect(MyPageQuerySchema.safeParse({ limit: "101" }).success).toBe(false);
  });
});
