import { createReply, listReplies } from "@/lib/comments/replies";
import { curateReply, deleteReply, updateReply } from "@/lib/comments/reply-moderation";
import { updateCourseSettings } from "@/lib/courses/settings";
import { listMyReplies } from "@/lib/me";
import { createReport } from "@/lib/reports";
import { listStudioCourses } from "@/lib/studio/access";
import { listQueue } from "@/lib/studio/queue";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMember, connect, createComment, createCourse, createLesson, createUser } from "../../prisma/factories";
import { asCurrent, createWorld, type World } from "../../prisma/world";

const db = connect(process.env.DATABASE_URL!);
let w: World;
beforeAll(async () => {
  w = await createWorld(db);
});
afterAll(() => db.$disconnect());

const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => "resolved",
    (err: unknown) => (err as { code?: string }).code ?? String(err),
  );

/** A featured comment by the world's author on a new lesson of the world's course. */
async function featuredComment() {
  const lesson = await createLesson(db, w.course.id, w.users.instructor.id);
  return createComment(db, {
    courseId: w.course.id,
    articleId: lesson.id,
    authorId: w.users.author.id,
    status: "FEATURED",
  });
}

const replyCountOf = async (commentId: string) =>
  (await db.comment.findUniqueOrThrow({ where: { id: commentId }, select: { replyCount: true } })).replyCount;

const idsSeenBy = async (viewer: World["users"][keyof World["users"]] | null, commentId: string) =>
  (await listReplies(viewer, commentId, { limit: 50 })).items.map((r) => r.id);

const auditOf = (replyId: string) =>
  db.auditEvent.findMany({
    where: { targetId: replyId },
    orderBy: { createdAt: "asc" },
    select: { action: true, actorId: true, targetType: true, before: true, after: true },
  });

describe("a reply's status on creation", () => {
  it("waits for curation from a learner when the course says so (the default), never from a curator", async () => {
    const c = await featuredComment();
    const learner = await createReply(w.users.member, c.id, { body: "a learner's reply" });
    const instructor = await createReply(w.users.instructor, c.id, { body: "the author's answer" });
    const admin = await createReply(w.users.admin, c.id, { body: "an admin's reply" });
    expect(learner.status).toBe("pending");
    expect(learner.updatedAt).toBe(learner.createdAt); // not "edited"
    expect(instructor).toMatchObject({ status: "published", isAuthorReply: true });
    expect(admin.status).toBe("published");
    expect(await replyCountOf(c.id)).toBe(2); // the pending one is not counted
    // The comment's author hears nothing of a pending reply, and the learner's reply is in the queue.
    const queue = await listQueue(w.users.instructor, { kind: "replies", limit: 50 });
    expect(queue.items.map((i) => i.id)).toContain(learner.id);
    expect(queue.items.find((i) => i.id === learner.id)).toMatchObject({ kind: "reply", comment: { id: c.id } });
    expect(await codeOf(listQueue(w.users.member, { kind: "replies", limit: 50 }))).toBe("forbidden");
    const [studio] = (await listStudioCourses(w.users.instructor)).filter((s) => s.id === w.course.id);
    expect(studio?.articles.find((a) => a.id === c.articleId)?.pendingCount).toBe(1); // the filters count it too
  });

  it("is public at once when the course's curators turned the setting off", async () => {
    const course = await createCourse(db);
    const [instructor, learner, author] = await Promise.all([createUser(db), createUser(db), createUser(db)]);
    await addMember(db, course.id, instructor.id, "INSTRUCTOR");
    await addMember(db, course.id, learner.id);
    const lesson = await createLesson(db, course.id, instructor.id);
    const c = await createComment(db, {
      courseId: course.id,
      articleId: lesson.id,
      authorId: author.id,
      status: "FEATURED",
    });

    expect(await codeOf(updateCourseSettings(asCurrent(learner), course.slug, { repliesNeedCuration: false }))).toBe(
      "forbidden",
    );
    const settings = await updateCourseSettings(asCurrent(instructor), course.slug, { repliesNeedCuration: false });
    expect(settings.repliesNeedCuration).toBe(false);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { courseId: course.id, action: "course.update" } });
    expect(audit).toMatchObject({ before: { repliesNeedCuration: true }, after: { repliesNeedCuration: false } });

    const reply = await createReply(asCurrent(learner), c.id, { body: "public at once" });
    expect(reply.status).toBe("published");
    expect(await replyCountOf(c.id)).toBe(1);
    expect(await idsSeenBy(null, c.id)).toEqual([reply.id]);
  });
});

describe("who sees a pending reply", () => {
  it("its author and the course's curators; not other learners, visitors or other courses' instructors", async () => {
    const c = await featuredComment();
    const pending = await createReply(w.users.member, c.id, { body: "mine, pending" });
    const published = await createReply(w.users.instructor, c.id, { body: "public" });
    expect(await idsSeenBy(w.users.member, c.id)).toEqual([pending.id, published.id]);
    expect(await idsSeenBy(w.users.instructor, c.id)).toEqual([pending.id, published.id]);
    expect(await idsSeenBy(w.users.admin, c.id)).toEqual([pending.id, published.id]);
    expect(await idsSeenBy(w.users.author, c.id)).toEqual([published.id]);
    expect(await idsSeenBy(w.users.otherInstructor, c.id)).toEqual([published.id]);
    expect(await idsSeenBy(null, c.id)).toEqual([published.id]);
    // Page by page too: a cursor narrows what a viewer sees, never widens it.
    const hidden = await createReply(w.users.instructor, c.id, { body: "hidden later" });
    await curateReply(w.users.instructor, hidden.id, { status: "hidden" });
    const last = await createReply(w.users.instructor, c.id, { body: "last" });
    const pages = async (viewer: World["users"][keyof World["users"]] | null) => {
      const ids: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await listReplies(viewer, c.id, { limit: 1, cursor });
        ids.push(...page.items.map((r) => r.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return ids;
    };
    expect(await pages(w.users.member)).toEqual([pending.id, published.id, last.id]);
    expect(await pages(w.users.author)).toEqual([published.id, last.id]);
    // Nobody flags a reply they cannot see, and /me marks the author's own as pending.
    expect(await codeOf(createReport(w.users.author, { replyId: pending.id, reason: "spam spam" }))).toBe("not_found");
    const mine = await listMyReplies(w.users.member);
    expect(mine.items.find((r) => r.id === pending.id)).toMatchObject({ isPending: true, isHidden: false });
  });
});

describe("curating a reply", () => {
  it("publishing counts it, tells its author in the bell only, leaves the queue and is audited", async () => {
    const c = await featuredComment();
    const reply = await createReply(w.users.member, c.id, { body: "please publish" });

    const result = await curateReply(w.users.instructor, reply.id, { status: "published" });
    expect(result).toMatchObject({ isHidden: false, replyCount: 1, reply: { id: reply.id, status: "published" } });
    expect(await replyCountOf(c.id)).toBe(1);
    expect(await idsSeenBy(null, c.id)).toEqual([reply.id]);
    const notes = await db.notification.findMany({ where: { userId: w.users.member.id, kind: "REPLY_PUBLISHED" } });
    expect(notes.map((n) => n.payload)).toContainEqual({ articleId: c.articleId, commentId: c.id, replyId: reply.id });
    const mails = await db.$queryRaw<unknown[]>`
      SELECT 1 FROM pgboss.job WHERE name = 'mail' AND data->>'to' = ${w.users.member.email}`;
    expect(mails).toEqual([]);
    const queue = await listQueue(w.users.instructor, { kind: "replies", limit: 50 });
    expect(queue.items.map((i) => i.id)).not.toContain(reply.id);

    expect(await codeOf(curateReply(w.users.instructor, reply.id, { status: "published" }))).toBe("conflict");
    expect(await auditOf(reply.id)).toEqual([
      {
        action: "reply.publish",
        actorId: w.users.instructor.id,
        targetType: "reply",
        before: { status: "pending", hidden: false },
        after: { status: "published", hidden: false },
      },
    ]);
  });

  it("hiding takes a public reply out of the count once, a pending one out of the queue, and may be undone", async () => {
    const c = await featuredComment();
    const pub = await createReply(w.users.instructor, c.id, { body: "public" });
    const pending = await createReply(w.users.member, c.id, { body: "pending" });
    expect(await replyCountOf(c.id)).toBe(1);

    await curateReply(w.users.admin, pub.id, { status: "hidden" });
    expect(await replyCountOf(c.id)).toBe(0);
    expect(await codeOf(curateReply(w.users.instructor, pub.id, { status: "hidden" }))).toBe("conflict");
    expect(await replyCountOf(c.id)).toBe(0);

    await curateReply(w.users.instructor, pending.id, { status: "hidden" });
    expect(await replyCountOf(c.id)).toBe(0);
    expect(await idsSeenBy(w.users.member, c.id)).toEqual([]); // hidden: gone from the thread, its author's too
    expect((await listMyReplies(w.users.member)).items.find((r) => r.id === pending.id)?.isHidden).toBe(true);

    const back = await curateReply(w.users.instructor, pub.id, { status: "published" });
    expect(back.replyCount).toBe(1);
    expect(await replyCountOf(c.id)).toBe(1);
    expect((await auditOf(pending.id)).map((e) => [e.action, e.after])).toEqual([
      ["reply.hide", { status: "pending", hidden: true }],
    ]);
  });

  it("403 for people who see it but do not curate, 404 for those who cannot see it, 409 once deleted", async () => {
    const c = await featuredComment();
    const pub = await createReply(w.users.instructor, c.id, { body: "public" });
    const pending = await createReply(w.users.member, c.id, { body: "pending" });
    expect(await codeOf(curateReply(w.users.author, pub.id, { status: "hidden" }))).toBe("forbidden");
    expect(await codeOf(curateReply(w.users.otherInstructor, pub.id, { status: "hidden" }))).toBe("forbidden");
    expect(await codeOf(curateReply(w.users.member, pending.id, { status: "published" }))).toBe("forbidden");
    expect(await codeOf(curateReply(w.users.author, pending.id, { status: "published" }))).toBe("not_found");
    expect(await codeOf(curateReply(w.users.otherInstructor, pending.id, { status: "published" }))).toBe("not_found");
    expect(await codeOf(curateReply(w.users.instructor, "nope", { status: "published" }))).toBe("not_found");
    await deleteReply(w.users.member, pending.id);
    expect(await codeOf(curateReply(w.users.instructor, pending.id, { status: "published" }))).toBe("conflict");
    expect(await replyCountOf(c.id)).toBe(1);
  });
});

describe("editing and deleting a reply", () => {
  it("an instructor fixes their author reply at any time, then deletes it; the count follows and both are audited", async () => {
    const c = await featuredComment();
    const reply = await createReply(w.users.instructor, c.id, { body: "sent to the wrong comment" });
    expect(await replyCountOf(c.id)).toBe(1);

    const edited = await updateReply(w.users.instructor, reply.id, { body: "fixed text" });
    expect(edited).toMatchObject({ body: "fixed text", status: "published" });
    expect(Date.parse(edited.updatedAt)).toBeGreaterThanOrEqual(Date.parse(reply.updatedAt));
    expect((await listReplies(null, c.id, { limit: 50 })).items[0]?.body).toBe("fixed text");
    expect(await codeOf(updateReply(w.users.admin, reply.id, { body: "not yours" }))).toBe("forbidden");
    expect(await codeOf(deleteReply(w.users.admin, reply.id))).toBe("forbidden"); // curators hide others' replies

    await deleteReply(w.users.instructor, reply.id);
    expect(await replyCountOf(c.id)).toBe(0);
    expect(await idsSeenBy(null, c.id)).toEqual([]);
    expect(await codeOf(deleteReply(w.users.instructor, reply.id))).toBe("not_found");
    expect(await codeOf(updateReply(w.users.instructor, reply.id, { body: "again" }))).toBe("not_found");
    expect((await auditOf(reply.id)).map((e) => [e.action, e.actorId, e.before, e.after])).toEqual([
      ["reply.edit", w.users.instructor.id, { body: "sent to the wrong comment" }, { body: "fixed text" }],
      [
        "reply.delete",
        w.users.instructor.id,
        { status: "published", hidden: false },
        { status: "published", hidden: false, deleted: true },
      ],
    ]);
  });

  it("a learner edits their reply only while it waits, deletes it at any time; a pending delete leaves the count alone", async () => {
    const c = await featuredComment();
    const pending = await createReply(w.users.member, c.id, { body: "first draft" });
    const edited = await updateReply(w.users.member, pending.id, { body: "second draft" });
    expect(edited.status).toBe("pending");
    // A curator who read the first draft cannot publish the second unread.
    const seen = {
      status: "published",
      seenUpdatedAt: new Date(Date.parse(edited.updatedAt) - 1).toISOString(),
    } as const;
    expect(await codeOf(curateReply(w.users.instructor, pending.id, seen))).toBe("conflict");
    expect(await codeOf(updateReply(w.users.author, pending.id, { body: "not mine" }))).toBe("not_found");
    await curateReply(w.users.instructor, pending.id, { status: "published" });
    expect(await codeOf(updateReply(w.users.member, pending.id, { body: "slip past curation" }))).toBe("conflict");
    expect(await codeOf(deleteReply(w.users.author, pending.id))).toBe("forbidden");

    const other = await createReply(w.users.member, c.id, { body: "never mind" });
    await deleteReply(w.users.member, other.id);
    expect(await replyCountOf(c.id)).toBe(1);
    await deleteReply(w.users.member, pending.id);
    expect(await replyCountOf(c.id)).toBe(0);
    expect((await listMyReplies(w.users.member)).items.map((r) => r.id)).not.toContain(pending.id);
  });
});
