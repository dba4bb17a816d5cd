import type { CurrentUser } from "@/lib/auth/session";
import { getReviewDesk, listMyEssays, listReviewEssays, pageMyEssaysInCourse } from "@/lib/essays/queries";
import { ESSAY_PAGE_SIZE, ListEssaysQuerySchema, ReviewEssaysQuerySchema } from "@/lib/essays/schema";
import type { ArticleStatus } from "@/lib/generated/prisma/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect, createCourse } from "../../prisma/factories";
import { createWorld, type World } from "../../prisma/world";
import { walkPages } from "../support/paging";

// Issue 12, point 7: essay lists come in pages by keyset cursor (no silent cap), each item
// exactly once, and the last page says so with nextCursor null.

const db = connect(process.env.DATABASE_URL!);
let w: World;
beforeAll(async () => {
  w = await createWorld(db);
});
afterAll(() => db.$disconnect());

const T0 = Date.UTC(2026, 10, 1, 8);
const at = (minutes: number) => new Date(T0 + minutes * 60_000);
let n = 0;

/** An essay row with the times given (several share a time, so the id must break ties). */
async function essay(
  authorId: string,
  status: ArticleStatus,
  times: { updatedAt?: Date; submittedAt?: Date; publishedAt?: Date; storyPinnedAt?: Date },
  courseId = w.course.id,
) {
  const row = await db.article.create({
    data: {
      courseId,
      authorId,
      kind: "ESSAY",
      status,
      slug: `paging-${++n}-${Math.random().toString(36).slice(2)}`,
      title: `Essay ${n}`,
      body: `Body ${n}`,
      submittedAt: times.submittedAt ?? null,
      publishedAt: times.publishedAt ?? null,
      storyPinnedAt: times.storyPinnedAt ?? null,
    },
  });
  if (times.updatedAt) await db.$executeRaw`UPDATE articles SET updated_at = ${times.updatedAt} WHERE id = ${row.id}`;
  return row.id;
}

describe("my essays, a page at a time", () => {
  it("pages through more than a page: newest first, none repeated or skipped, nextCursor null at the end", async () => {
    const me = w.users.member;
    // 23 essays over 8 distinct times: ties on updatedAt are ordered by id.
    for (let i = 0; i < 23; i++) await essay(me.id, "DRAFT", { updatedAt: at(i % 8) });
    const expected = (
      await db.article.findMany({
        where: { authorId: me.id, kind: "ESSAY", courseId: w.course.id },
        orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
        select: { id: true },
      })
    ).map((r) => r.id);
    expect(expected.length).toBeGreaterThan(ESSAY_PAGE_SIZE);

    const first = await pageMyEssaysInCourse(me, w.course.slug, ListEssaysQuerySchema.parse({}));
    expect(first.items).toHaveLength(ESSAY_PAGE_SIZE);
    expect(first.nextCursor).not.toBeNull();

    const read = (cursor?: string) =>
      pageMyEssaysInCourse(me, w.course.slug, ListEssaysQuerySchema.parse({ cursor, limit: "5" }));
    const { ids, pages } = await walkPages(read, 5);
    expect(ids).toEqual(expected);
    expect(pages).toBe(5); // 5 + 5 + 5 + 5 + 3

    // A limit that divides the list exactly: the last full page already says there is no more.
    const exact = await walkPages((cursor) => listMyEssays(me, { courseId: w.course.id, cursor, limit: 23 }), 23);
    expect(exact).toEqual({ ids: expected, pages: 1 });
  });

  it("an essay saved meanwhile goes to the top without making another repeat or vanish", async () => {
    const me = w.users.author;
    for (let i = 0; i < 9; i++) await essay(me.id, "DRAFT", { updatedAt: at(100 + i) });
    const before = (await listMyEssays(me, { courseId: w.course.id, limit: 100 })).items.map((e) => e.id);
    const page1 = await listMyEssays(me, { courseId: w.course.id, limit: 4 });
    const fresh = await essay(me.id, "DRAFT", { updatedAt: at(500) }); // lands before the cursor
    const rest = await walkPages(
      (cursor) => listMyEssays(me, { courseId: w.course.id, limit: 4, cursor }),
      4,
      page1.nextCursor ?? undefined,
    );
    expect([...page1.items.map((e) => e.id), ...rest.ids]).toEqual(before);
    expect(rest.ids).not.toContain(fresh);
  });

  it("refuses a cursor it did not make", async () => {
    for (const cursor of ["nope", Buffer.from('{"at":"x","id":"y"}').toString("base64url"), "e30"]) {
      await expect(listMyEssays(w.users.member, { cursor })).rejects.toMatchObject({ code: "bad_request" });
    }
  });
});

describe("the review desk, a page at a time", () => {
  const desk = (user: CurrentUser, status: "submitted" | "published", limit: number) => (cursor?: string) =>
    listReviewEssays(user, ReviewEssaysQuerySchema.parse({ status, cursor, limit: String(limit) }));

  it("submitted essays: oldest submission first, every one once across pages, only the curator's courses", async () => {
    const world = await createWorld(db);
    const author = world.users.author.id;
    for (let i = 0; i < 12; i++) await essay(author, "SUBMITTED", { submittedAt: at(i % 4) }, world.course.id);
    await essay(world.users.member.id, "SUBMITTED", { submittedAt: at(1) }, world.course.id);
    const other = await createCourse(db);
    const foreign = await essay(author, "SUBMITTED", { submittedAt: at(0) }, other.id);
    const expected = (
      await db.article.findMany({
        where: { courseId: world.course.id, kind: "ESSAY", status: "SUBMITTED" },
        orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
        select: { id: true },
      })
    ).map((r) => r.id);
    expect(expected).toHaveLength(13);

    const { ids, pages } = await walkPages(desk(world.users.instructor, "submitted", 3), 3);
    expect(ids).toEqual(expected);
    expect(pages).toBe(5); // 3 + 3 + 3 + 3 + 1
    expect(ids).not.toContain(foreign);

    // The desk's first page is REVIEW_PAGE_SIZE long (100, the old cap); this one fits in it.
    const first = await getReviewDesk(world.users.instructor);
    expect(first.submitted.map((e) => e.id)).toEqual(expected);
    expect(first.pages).toMatchObject({ submittedTotal: 13, submittedNext: null });
    const fromDesk = await walkPages(desk(world.users.instructor, "submitted", 13), 13);
    expect(fromDesk).toEqual({ ids: expected, pages: 1 });
  });

  it("published essays: pinned first (newest pin first), then newest, every one once across pages", async () => {
    const world = await createWorld(db);
    const author = world.users.author.id;
    for (let i = 0; i < 14; i++) await essay(author, "PUBLISHED", { publishedAt: at(i % 4) }, world.course.id);
    for (let i = 0; i < 7; i++)
      await essay(author, "PUBLISHED", { publishedAt: at(i % 3), storyPinnedAt: at(50 + (i % 2)) }, world.course.id);
    const expected = (
      await db.article.findMany({
        where: { courseId: world.course.id, kind: "ESSAY", status: "PUBLISHED" },
        orderBy: [
          { storyPinnedAt: { sort: "desc", nulls: "last" } },
          { publishedAt: { sort: "desc", nulls: "last" } },
          { id: "desc" },
        ],
        select: { id: true, storyPinnedAt: true },
      })
    ).map((r) => r.id);
    expect(expected).toHaveLength(21);

    for (const limit of [1, 4, 7, 21, 50]) {
      const { ids } = await walkPages(desk(world.users.instructor, "published", limit), limit);
      expect(ids, `limit ${limit}`).toEqual(expected);
    }
    const first = await getReviewDesk(world.users.instructor);
    expect(first.published.map((e) => e.id)).toEqual(expected);
    expect(first.pages?.publishedNext).toBeNull();
  });

  it("is for the course's curators: a learner gets 403, and the desk of one stays empty", async () => {
    await expect(desk(w.users.member, "submitted", 5)()).rejects.toMatchObject({ code: "forbidden" });
    expect(await getReviewDesk(w.users.member)).toEqual({ canReview: false, submitted: [], published: [] });
    expect(ReviewEssaysQuerySchema.safeParse({ status: "draft" }).success).toBe(false);
    expect(ReviewEssaysQuerySchema.safeParse({ status: "submitted", limit: "0" }).success).toBe(false);
  });
});
