import { articleCacheNamespace } from "@/lib/articles/queries";
import { invalidate } from "@/lib/cache";
import { curateComment } from "@/lib/comments/curation";
import { getComment } from "@/lib/comments/queries";
import { createReply } from "@/lib/comments/replies";
import { CurationSchema } from "@/lib/comments/schema";
import { listFaq } from "@/lib/faq/faq";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect, createComment, createLesson } from "../../prisma/factories";
import { createWorld, type World } from "../../prisma/world";

// Issue 17: the "why featured" reason and FAQ entries, decided in the curation's transaction.

const db = connect(process.env.DATABASE_URL!);
let w: World;
beforeAll(async () => {
  w = await createWorld(db);
});
afterAll(() => db.$disconnect());

const comment = (status: "PENDING" | "FEATURED" | "HIDDEN" = "PENDING", articleId = w.article.id) =>
  createComment(db, { courseId: w.course.id, articleId, authorId: w.users.author.id, status, body: "Why a queue?" });
const stored = (id: string) => db.comment.findUniqueOrThrow({ where: { id } });
/** As the route does: the request parsed with its schema, then curated by the course's instructor. */
const curate = (id: string, input: Record<string, unknown>) =>
  curateComment(w.users.instructor, id, CurationSchema.parse(input));
const faqIds = async (articleId: string) =>
  (await listFaq(null, articleId)).items.map((e) => [e.comment.id, e.authorReply.isAuthorReply]);

/** A featured comment on a fresh lesson, answered by the instructor. */
async function answered() {
  const lesson = await createLesson(db, w.course.id, w.users.instructor.id);
  const c = await comment("FEATURED", lesson.id);
  const reply = await createReply(w.users.instructor, c.id, { body: "Because arrivals are bursty." });
  return { c, lesson, reply };
}

describe("curation reason", () => {
  it("accepts a request with only a reason or only faq, caps the reason at 280 and clears on empty", () => {
    expect(CurationSchema.safeParse({ reason: "Clear question" }).success).toBe(true);
    expect(CurationSchema.safeParse({ faq: true }).success).toBe(true);
    expect(CurationSchema.safeParse({}).success).toBe(false);
    expect(CurationSchema.safeParse({ reason: "x".repeat(280) }).success).toBe(true);
    const long = CurationSchema.safeParse({ status: "featured", reason: "x".repeat(400) });
    expect(long.success).toBe(false);
    expect(long.error?.issues[0]?.path).toEqual(["reason"]);
    expect(CurationSchema.parse({ reason: "   " }).reason).toBeNull();
  });

  it("shows the reason while featured, keeps it on a pin, clears it on a status change without one", async () => {
    const c = await comment();
    const featured = await curate(c.id, { status: "featured", reason: " Asks what many wonder. " });
    expect(featured.reason).toBe("Asks what many wonder.");
    expect((await getComment(null, c.id)).reason).toBe("Asks what many wonder.");
    await curate(c.id, { pinned: true });
    expect((await stored(c.id)).curationReason).toBe("Asks what many wonder.");
    await curate(c.id, { reason: "Edited later" });
    expect((await getComment(null, c.id)).reason).toBe("Edited later");
    await curate(c.id, { status: "pending" });
    expect((await stored(c.id)).curationReason).toBeNull();
  });

  it("keeps a hidden comment's reason private: stored for its author, absent from the public DTO", async () => {
    const c = await comment();
    const hidden = await curate(c.id, { status: "hidden", reason: "Off topic for this lesson" });
    expect(hidden.reason).toBeNull();
    expect((await getComment(w.users.author, c.id)).reason).toBeNull();
    expect((await stored(c.id)).curationReason).toBe("Off topic for this lesson");
  });

  it("refuses a reason on a pending comment (409)", async () => {
    const c = await comment();
    await expect(curate(c.id, { reason: "Nice" })).rejects.toMatchObject({ code: "conflict" });
  });

  it("records reason and faq in the audit event's before and after", async () => {
    const { c } = await answered();
    await curate(c.id, { reason: "Good one", faq: true });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { targetId: c.id }, orderBy: { createdAt: "desc" } });
    expect(audit.before).toMatchObject({ status: "FEATURED", reason: null, faq: false });
    expect(audit.after).toMatchObject({ status: "FEATURED", reason: "Good one", faq: true });
  });
});

describe("FAQ entries", () => {
  it.each(["PENDING", "HIDDEN"] as const)("refuses a %s comment (409)", async (status) => {
    const c = await comment(status);
    await expect(curate(c.id, { faq: true })).rejects.toMatchObject({ code: "conflict" });
  });

  it("refuses a featured comment without an author reply, even with a learner's reply (409)", async () => {
    const c = await comment("FEATURED");
    await createReply(w.users.member, c.id, { body: "Same question here." });
    await expect(curate(c.id, { faq: true })).rejects.toMatchObject({ code: "conflict" });
    expect((await stored(c.id)).faqAt).toBeNull();
  });

  it("lists a marked, answered comment; its author reply hidden or deleted takes it out", async () => {
    for (const field of ["hiddenAt", "deletedAt"] as const) {
      const { c, lesson, reply } = await answered();
      expect((await curate(c.id, { faq: true })).isFaq).toBe(true);
      expect(await faqIds(lesson.id)).toEqual([[c.id, true]]);
      await db.reply.update({ where: { id: reply.id }, data: { [field]: new Date() } });
      await invalidate(articleCacheNamespace(lesson.id));
      expect(await faqIds(lesson.id)).toEqual([]);
    }
  });

  it("lists entries in the order they were marked, and removes one on request", async () => {
    const { c: first, lesson } = await answered();
    const second = await comment("FEATURED", lesson.id);
    await createReply(w.users.instructor, second.id, { body: "Yes." });
    await curate(second.id, { faq: true });
    await curate(first.id, { faq: true });
    expect((await faqIds(lesson.id)).map(([id]) => id)).toEqual([second.id, first.id]);
    await curate(second.id, { faq: false });
    expect((await faqIds(lesson.id)).map(([id]) => id)).toEqual([first.id]);
  });

  it("leaving featured clears the mark, so featuring again does not bring it back", async () => {
    const { c, lesson } = await answered();
    await curate(c.id, { faq: true });
    await curate(c.id, { status: "hidden" });
    expect((await stored(c.id)).faqAt).toBeNull();
    await curate(c.id, { status: "featured" });
    expect(await faqIds(lesson.id)).toEqual([]);
  });

  it("answers 403 on a lesson locked for the reader, like its comments", async () => {
    await db.course.update({ where: { id: w.otherCourse.id }, data: { enrollment: "INVITE", trialLessons: 0 } });
    const locked = await createLesson(db, w.otherCourse.id, w.users.otherInstructor.id);
    await expect(listFaq(null, locked.id)).rejects.toMatchObject({ code: "forbidden" });
    await expect(listFaq(w.users.otherInstructor, locked.id)).resolves.toEqual({ items: [] });
  });
});
