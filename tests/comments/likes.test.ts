import { curateComment } from "@/lib/comments/curation";
import { foldLikeDeltas, setLike } from "@/lib/comments/likes";
import { createComment } from "@/lib/comments/mutations";
import { listComments } from "@/lib/comments/queries";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect, createLesson } from "../../prisma/factories";
import { addLearners, createWorld, type World } from "../../prisma/world";

// Every test that folds likes lives in this file. A fold moves every pending delta, and
// without Redis only the folding process's cache hears of it: test files run in parallel
// processes, so a fold in another file could leave a cache here stale.
const db = connect(process.env.DATABASE_URL!);
let w: World;
beforeAll(async () => {
  w = await createWorld(db);
});
afterAll(() => db.$disconnect());

async function featuredComment() {
  const c = await createComment(w.users.author, w.article.id, { body: "A comment worth liking" });
  await curateComment(w.users.instructor, c.id, { status: "featured" });
  return c.id;
}

/** The stored counter and the like rows, once the deltas are folded. */
const stored = async (id: string) => {
  await foldLikeDeltas();
  const [row, rows] = await Promise.all([
    db.comment.findUniqueOrThrow({ where: { id }, select: { likeCount: true } }),
    db.commentLike.count({ where: { commentId: id } }),
  ]);
  return { likeCount: row.likeCount, rows };
};

describe("likes", () => {
  it("are idempotent both ways", async () => {
    const id = await featuredComment();
    expect(await setLike(w.users.member, id, true)).toEqual({ liked: true, likeCount: 1 });
    expect(await setLike(w.users.member, id, true)).toEqual({ liked: true, likeCount: 1 });
    expect(await setLike(w.users.member, id, false)).toEqual({ liked: false, likeCount: 0 });
    expect(await setLike(w.users.member, id, false)).toEqual({ liked: false, likeCount: 0 });
    expect(await stored(id)).toEqual({ likeCount: 0, rows: 0 });
  });

  it("200 different members liking at the same moment make exactly 200", async () => {
    const id = await featuredComment();
    const members = await addLearners(db, w.course.id, 200);
    const results = await Promise.allSettled(members.map((m) => setLike(m, id, true)));
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    expect(await stored(id)).toEqual({ likeCount: 200, rows: 200 });
  });

  it("1,000 concurrent likes on one hot comment make exactly 1,000", { timeout: 120_000 }, async () => {
    const id = await featuredComment();
    const members = await addLearners(db, w.course.id, 1_000);
    const results = await Promise.allSettled(members.map((m) => setLike(m, id, true)));
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    expect(await stored(id)).toEqual({ likeCount: 1_000, rows: 1_000 });
  });

  it("likes and unlikes racing the folder are neither lost nor counted twice", async () => {
    const id = await featuredComment();
    const members = await addLearners(db, w.course.id, 120);
    let isStorming = true;
    const folder = (async () => {
      while (isStorming) await foldLikeDeltas();
    })();
    await Promise.all(members.map((m) => setLike(m, id, true)));
    await Promise.all(members.slice(0, 40).map((m) => setLike(m, id, false)));
    isStorming = false;
    await folder;
    expect(await stored(id)).toEqual({ likeCount: 80, rows: 80 });
  });

  it("one member toggling 50 times at once leaves the count equal to the rows", async () => {
    const id = await featuredComment();
    await Promise.all(Array.from({ length: 50 }, (_, i) => setLike(w.users.member, id, i % 2 === 0)));
    const { likeCount, rows } = await stored(id);
    expect(likeCount).toBe(rows);
    expect(rows).toBeLessThanOrEqual(1);
  });

  it("a comment you cannot see, or that is not featured, answers 404", async () => {
    const pending = await createComment(w.users.author, w.article.id, { body: "still pending" });
    await expect(setLike(w.users.member, pending.id, true)).rejects.toMatchObject({ code: "not_found" });
    await expect(setLike(w.users.member, pending.id, false)).rejects.toMatchObject({ code: "not_found" });
    await expect(setLike(w.users.author, pending.id, true)).rejects.toMatchObject({ code: "not_found" });
    await expect(setLike(w.users.member, "no-such-comment", true)).rejects.toMatchObject({ code: "not_found" });
  });

  it("an outsider may see a featured comment but not like it", async () => {
    const id = await featuredComment();
    await expect(setLike(w.users.outsider, id, true)).rejects.toMatchObject({ code: "forbidden" });
    await expect(setLike(w.users.otherInstructor, id, true)).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("likes and the shared read cache", () => {
  const q = { sort: "top", limit: 20, status: "featured" } as const;

  it("a viewer sees their own like counted at once; everyone sees it once folded", async () => {
    const article = await createLesson(db, w.course.id, w.users.instructor.id);
    const c = await createComment(w.users.author, article.id, { body: "like me" });
    await curateComment(w.users.instructor, c.id, { status: "featured" });
    await listComments(null, article.id, q); // the shared entry now holds likeCount 0
    await setLike(w.users.member, c.id, true);
    expect((await listComments(w.users.member, article.id, q)).items[0]).toMatchObject({
      likedByMe: true,
      likeCount: 1,
    });
    await foldLikeDeltas();
    expect((await listComments(null, article.id, q)).items[0]?.likeCount).toBe(1);
  });
});
