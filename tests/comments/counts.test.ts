import { curateComment } from "@/lib/comments/curation";
import { createComment, deleteComment } from "@/lib/comments/mutations";
import { listComments } from "@/lib/comments/queries";
import { createReply } from "@/lib/comments/replies";
import { curateReply } from "@/lib/comments/reply-moderation";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect, createLesson } from "../../prisma/factories";
import { createWorld, type World } from "../../prisma/world";

const db = connect(process.env.DATABASE_URL!);
let w: World;
beforeAll(async () => {
  w = await createWorld(db);
});
afterAll(() => db.$disconnect());

async function expectCountsMatchRows(articleId: string) {
  const article = await db.article.findUniqueOrThrow({
    where: { id: articleId },
    select: { featuredCommentCount: true },
  });
  const featured = await db.comment.count({ where: { articleId, status: "FEATURED", deletedAt: null } });
  expect(article.featuredCommentCount).toBe(featured);
  for (const c of await db.comment.findMany({ where: { articleId }, select: { id: true, replyCount: true } })) {
    // Public replies only: pending ones count once a curator publishes them.
    const publicReplies = { commentId: c.id, status: "PUBLISHED" as const, deletedAt: null, hiddenAt: null };
    expect(c.replyCount).toBe(await db.reply.count({ where: publicReplies }));
  }
}

describe("stored counts equal the rows behind them", () => {
  it("after a random sequence of feature, unfeature, hide, pin, reply, reply curation and delete", async () => {
    const article = await createLesson(db, w.course.id, w.users.instructor.id);
    const ids = [];
    for (let i = 0; i < 6; i++)
      ids.push((await createComment(w.users.author, article.id, { body: `comment ${i}` })).id);
    const statuses = ["featured", "pending", "hidden"] as const;
    const replyIds: string[] = [];
    let seed = 7;
    const rand = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    for (let step = 0; step < 60; step++) {
      const id = ids[rand(ids.length)]!;
      const action = rand(7);
      try {
        if (action < 3) await curateComment(w.users.instructor, id, { status: statuses[action]! });
        else if (action === 3) replyIds.push((await createReply(w.users.member, id, { body: "a reply" })).id);
        else if (action === 4) await curateComment(w.users.instructor, id, { pinned: rand(2) === 0 });
        else if (replyIds.length > 0) {
          const status = action === 5 ? "published" : "hidden";
          await curateReply(w.users.instructor, replyIds[rand(replyIds.length)]!, { status });
        }
      } catch (err) {
        expect(["not_found", "conflict"]).toContain((err as { code?: string }).code);
      }
    }
    await expectCountsMatchRows(article.id);
    await deleteComment(w.users.author, ids[0]!);
    await deleteComment(w.users.author, ids[1]!);
    await expectCountsMatchRows(article.id);
  });

  it("two curators featuring the same comment at once count it once", async () => {
    const article = await createLesson(db, w.course.id, w.users.instructor.id);
    const c = await createComment(w.users.author, article.id, { body: "contested" });
    await Promise.all([
      curateComment(w.users.instructor, c.id, { status: "featured" }),
      curateComment(w.users.admin, c.id, { status: "featured" }),
    ]);
    await expectCountsMatchRows(article.id);
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).featuredCommentCount).toBe(1);
  });

  it("every curation action writes an audit event", async () => {
    const c = await createComment(w.users.author, w.article.id, { body: "audited" });
    await curateComment(w.users.instructor, c.id, { status: "featured" });
    await curateComment(w.users.instructor, c.id, { pinned: true });
    await curateComment(w.users.admin, c.id, { status: "hidden" });
    const events = await db.auditEvent.findMany({ where: { targetId: c.id }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => [e.actorId, e.after])).toEqual([
      [w.users.instructor.id, { status: "FEATURED", pinned: false, reason: null, faq: false }],
      [w.users.instructor.id, { status: "FEATURED", pinned: true, reason: null, faq: false }],
      [w.users.admin.id, { status: "HIDDEN", pinned: false, reason: null, faq: false }],
    ]);
  });
});

describe("featured list", () => {
  it("puts pinned first and pages by cursor without repeats or gaps while comments arrive", async () => {
    const article = await createLesson(db, w.course.id, w.users.instructor.id);
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) {
      const c = await createComment(w.users.author, article.id, { body: `c${i}` });
      await curateComment(w.users.instructor, c.id, { status: "featured" });
      ids.push(c.id);
    }
    await curateComment(w.users.instructor, ids[0]!, { pinned: true });
    const seen: string[] = [];
    let cursor: string | undefined;
    let first = true;
    do {
      const page = await listComments(null, article.id, { sort: "new", limit: 3, status: "featured", cursor });
      if (first) expect(page.items[0]?.id).toBe(ids[0]);
      first = false;
      seen.push(...page.items.map((c) => c.id));
      // A new featured comment arrives between pages.
      const late = await createComment(w.users.author, article.id, { body: "late" });
      await curateComment(w.users.instructor, late.id, { status: "featured" });
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort()).toEqual([...ids].sort());
  });

  it("shows a viewer their own pending comment, and nobody else", async () => {
    const article = await createLesson(db, w.course.id, w.users.instructor.id);
    const c = await createComment(w.users.author, article.id, { body: "mine" });
    const ids = async (viewer: Parameters<typeof listComments>[0]) =>
      (await listComments(viewer, article.id, { sort: "top", limit: 20, status: "featured" })).items.map((i) => i.id);
    expect(await ids(w.users.author)).toEqual([c.id]);
    expect(await ids(w.users.member)).toEqual([]);
    expect(await ids(null)).toEqual([]);
    await expect(
      listComments(w.users.member, article.id, { sort: "top", limit: 20, status: "pending" }),
    ).rejects.toMatchObject({ code: "forbidden" });
    expect(
      (await listComments(w.users.instructor, article.id, { sort: "top", limit: 20, status: "pending" })).items.map(
        (i) => i.id,
      ),
    ).toEqual([c.id]);
  });
});
