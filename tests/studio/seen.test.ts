import { curateComment } from "@/lib/comments/curation";
import { createComment } from "@/lib/comments/mutations";
import { getComment, listComments } from "@/lib/comments/queries";
import { createReply } from "@/lib/comments/replies";
import { listMyComments } from "@/lib/me";
import { markCommentsSeen } from "@/lib/studio/seen";
import { SeenCommentsSchema } from "@/lib/studio/seen-schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect, createLesson, createComment as seedComment } from "../../prisma/factories";
import { createWorld, type World } from "../../prisma/world";
import { codeOf } from "./courses";

// Read receipts (POST /api/studio/seen) and the states a writer sees: received → seen by an
// instructor → featured, answered or not featured. Only the comment's author is told.
const db = connect(process.env.DATABASE_URL!);
let w: World;
beforeAll(async () => {
  w = await createWorld(db);
});
afterAll(() => db.$disconnect());

const query = { sort: "new", limit: 20, status: "featured" } as const;
const seenAt = async (id: string) =>
  (await db.comment.findUniqueOrThrow({ where: { id }, select: { seenAt: true } })).seenAt;

describe("marking comments seen", () => {
  it("marks only pending comments of courses the caller curates, once", async () => {
    const mine = await createComment(w.users.author, w.article.id, { body: "Seen soon?" });
    const featured = await createComment(w.users.author, w.article.id, { body: "Already featured" });
    await curateComment(w.users.instructor, featured.id, { status: "featured" });
    const deleted = await createComment(w.users.author, w.article.id, { body: "Gone" });
    await db.comment.update({ where: { id: deleted.id }, data: { deletedAt: new Date() } });
    const elsewhere = await seedComment(db, {
      courseId: w.otherCourse.id,
      articleId: (await createLesson(db, w.otherCourse.id, w.users.otherInstructor.id)).id,
      authorId: w.users.outsider.id,
    });

    // The other course's instructor sees nothing of this course: skipped, no error, no leak.
    await markCommentsSeen(w.users.otherInstructor, { commentIds: [mine.id] });
    expect(await seenAt(mine.id)).toBeNull();

    const before = await db.comment.findUniqueOrThrow({ where: { id: mine.id }, select: { updatedAt: true } });
    const ids = [mine.id, featured.id, deleted.id, elsewhere.id, "no-such-comment"];
    expect(await markCommentsSeen(w.users.instructor, { commentIds: ids })).toBe(1);
    const first = await seenAt(mine.id);
    expect(first).not.toBeNull();
    expect(await seenAt(featured.id)).toBeNull();
    expect(await seenAt(deleted.id)).toBeNull();
    expect(await seenAt(elsewhere.id)).toBeNull();
    // The version a curator features against is untouched: a read receipt is not an edit.
    const after = await db.comment.findUniqueOrThrow({ where: { id: mine.id }, select: { updatedAt: true } });
    expect(after.updatedAt).toEqual(before.updatedAt);

    // Idempotent: the first time seen stays.
    expect(await markCommentsSeen(w.users.admin, { commentIds: [mine.id] })).toBe(0);
    expect(await seenAt(mine.id)).toEqual(first);
    expect(await db.auditEvent.count({ where: { targetId: mine.id } })).toBe(0);
  });

  it("refuses visitors (401) and people who curate no course (403)", async () => {
    const c = await createComment(w.users.author, w.article.id, { body: "Who may see?" });
    expect(await codeOf(markCommentsSeen(null, { commentIds: [c.id] }))).toBe("unauthorized");
    expect(await codeOf(markCommentsSeen(w.users.member, { commentIds: [c.id] }))).toBe("forbidden");
    expect(await codeOf(markCommentsSeen(w.users.author, { commentIds: [c.id] }))).toBe("forbidden");
    expect(await seenAt(c.id)).toBeNull();
  });

  it.each([
    ["no ids", { commentIds: [] }],
    ["too many ids", { commentIds: Array.from({ length: 101 }, (_, i) => `c${i}`) }],
    ["a malformed id", { commentIds: ["not an id!"] }],
    ["an unknown field", { commentIds: ["abc"], all: true }],
    ["not a list", { commentIds: "abc" }],
  ])("rejects %s (400)", (_what, body) => {
    expect(SeenCommentsSchema.safeParse(body).success).toBe(false);
  });
});

describe("a writer's progress", () => {
  it("walks received → seen → not featured with the note, told to the author only", async () => {
    const c = await createComment(w.users.author, w.article.id, { body: "Is my comment read?" });
    expect(c.progress).toEqual({ state: "received", reason: null });
    const progressOf = async (who: "author" | "member" | "instructor" | null) =>
      (await getComment(who && w.users[who], c.id).catch(() => null))?.progress;

    await markCommentsSeen(w.users.instructor, { commentIds: [c.id] });
    expect(await progressOf("author")).toEqual({ state: "seen", reason: null });
    expect(await progressOf("instructor")).toBeNull();
    const list = await listComments(w.users.author, w.article.id, query);
    expect(list.items.find((i) => i.id === c.id)?.progress).toEqual({ state: "seen", reason: null });

    await curateComment(w.users.instructor, c.id, { status: "hidden" });
    await db.comment.update({ where: { id: c.id }, data: { curationReason: "Off topic for this lesson." } });
    expect(await progressOf("author")).toEqual({ state: "not_featured", reason: "Off topic for this lesson." });
    expect(await progressOf("instructor")).toBeNull();
    expect(await progressOf("member")).toBeUndefined(); // not visible to them at all
    const mine = await listMyComments(w.users.author);
    expect(mine.items.find((i) => i.id === c.id)?.progress).toEqual({
      state: "not_featured",
      reason: "Off topic for this lesson.",
    });
  });

  it("is featured, then answered once an instructor replies; others get no progress", async () => {
    const c = await createComment(w.users.author, w.article.id, { body: "Does featuring tell me?" });
    await curateComment(w.users.instructor, c.id, { status: "featured" });
    const progressIn = async (who: "author" | "member" | "instructor" | null) => {
      const page = await listComments(who && w.users[who], w.article.id, query);
      return page.items.find((i) => i.id === c.id)?.progress;
    };
    expect(await progressIn("author")).toEqual({ state: "featured", reason: null });

    const answer = await createReply(w.users.instructor, c.id, { body: "It does." });
    expect(await progressIn("author")).toEqual({ state: "answered", reason: null });
    expect((await listMyComments(w.users.author)).items.find((i) => i.id === c.id)?.progress?.state).toBe("answered");
    for (const who of ["member", "instructor", null] as const) expect(await progressIn(who)).toBeNull();

    // A hidden author reply no longer answers it: decided when read, nothing to clean up.
    await db.reply.update({ where: { id: answer.id }, data: { hiddenAt: new Date() } });
    expect(await progressIn("author")).toEqual({ state: "featured", reason: null });
  });
});
