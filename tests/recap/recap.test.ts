import { curateComment } from "@/lib/comments/curation";
import { createReply } from "@/lib/comments/replies";
import enLabels from "@/lib/i18n/messages/en/recap.json";
import { recapToMarkdown, type RecapLabels } from "@/lib/recap/markdown";
import { getChapterRecap } from "@/lib/recap/recap";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMember, connect, createComment, createCourse, createLesson, createUser } from "../../prisma/factories";
import { asCurrent, type WorldUser } from "../../prisma/world";

// Issue 17: a chapter's recap, per live lesson in order: FAQ, top answered, unanswered questions.

const db = connect(process.env.DATABASE_URL!);
let course: Awaited<ReturnType<typeof createCourse>>;
let chapterId: string;
let instructor: WorldUser;
let learner: WorldUser;
const ids: Record<string, string> = {};

async function lesson(title: string, position: number, draft = false) {
  const l = await createLesson(db, course.id, instructor.id, { title, position });
  await db.article.update({
    where: { id: l.id },
    data: { chapterId, ...(draft && { status: "DRAFT", publishedAt: null }) },
  });
  return l;
}

async function featured(articleId: string, body: string, opts: { likes?: number; answer?: string } = {}) {
  const c = await createComment(db, { courseId: course.id, articleId, authorId: learner.id, status: "FEATURED", body });
  if (opts.likes) await db.comment.update({ where: { id: c.id }, data: { likeCount: opts.likes } });
  if (opts.answer) await createReply(instructor, c.id, { body: opts.answer });
  return c.id;
}

beforeAll(async () => {
  course = await createCourse(db);
  // Invite-only with one trial lesson: the chapter's second lesson is locked for visitors.
  await db.course.update({ where: { id: course.id }, data: { enrollment: "INVITE", trialLessons: 1 } });
  instructor = asCurrent(await createUser(db));
  learner = asCurrent(await createUser(db));
  await addMember(db, course.id, instructor.id, "INSTRUCTOR");
  await addMember(db, course.id, learner.id);
  chapterId = (await db.chapter.create({ data: { courseId: course.id, title: "Queues", position: 0 } })).id;
  const [first, second] = [await lesson("Little's law", 0), await lesson("Backpressure", 1)];
  await lesson("Draft lesson", 2, true);
  ids.first = first.id;
  ids.faq = await featured(first.id, "Why is latency exponential near 100%?", { likes: 1, answer: "Queueing theory." });
  await curateComment(instructor, ids.faq, { reason: "The classic question", faq: true });
  for (let i = 0; i < 6; i++)
    ids[`top${i}`] = await featured(first.id, `Insight ${i}`, { likes: 10 + i, answer: "Yes." });
  ids.question = await featured(first.id, "How do I size a pool？", { likes: 3 });
  ids.statement = await featured(first.id, "Great lesson.", { likes: 50 });
  await createComment(db, { courseId: course.id, articleId: first.id, authorId: learner.id, body: "Pending, why?" });
  ids.locked = await featured(second.id, "Members-only thought?", { answer: "Members-only answer." });
});
afterAll(() => db.$disconnect());

describe("chapter recap", () => {
  it("gives each live lesson its FAQ, top five answered comments and unanswered questions", async () => {
    const recap = await getChapterRecap(learner, course.slug, chapterId);
    expect(recap.chapter.title).toBe("Queues");
    expect(recap.lessons.map((l) => [l.title, l.locked])).toEqual([
      ["Little's law", false],
      ["Backpressure", false],
    ]);
    const [first, second] = recap.lessons;
    expect(first!.faq.map((e) => [e.comment.id, e.comment.reason, e.authorReply.body])).toEqual([
      [ids.faq, "The classic question", "Queueing theory."],
    ]);
    expect(first!.topAnswered.map((e) => e.comment.id)).toEqual([5, 4, 3, 2, 1].map((i) => ids[`top${i}`]));
    // A featured statement is not a question; a pending question is nobody's business here.
    expect(first!.unanswered.map((c) => c.id)).toEqual([ids.question]);
    expect(second!.topAnswered.map((e) => e.comment.id)).toEqual([ids.locked]);
  });

  it("keeps a locked lesson's title and none of its discussion for a visitor; drafts are absent", async () => {
    const recap = await getChapterRecap(null, course.slug, chapterId);
    const second = recap.lessons[1]!;
    expect([second.title, second.locked, second.faq, second.topAnswered, second.unanswered]).toEqual([
      "Backpressure",
      true,
      [],
      [],
      [],
    ]);
    expect(JSON.stringify(recap)).not.toContain("Members-only");
    expect(recap.lessons.map((l) => l.title)).not.toContain("Draft lesson");
  });

  it("drops a question from the unanswered once the author answers it", async () => {
    const id = await featured(ids.first!, "Which queue discipline?");
    expect((await getChapterRecap(null, course.slug, chapterId)).lessons[0]!.unanswered.map((c) => c.id)).toContain(id);
    await createReply(instructor, id, { body: "FIFO, usually." });
    const recap = await getChapterRecap(null, course.slug, chapterId);
    expect(recap.lessons[0]!.unanswered.map((c) => c.id)).not.toContain(id);
  });

  it("answers 404 for an unknown chapter, a chapter of another course and an unknown course", async () => {
    const other = await createCourse(db);
    const otherChapter = await db.chapter.create({ data: { courseId: other.id, title: "Elsewhere", position: 0 } });
    await expect(getChapterRecap(null, course.slug, "nope")).rejects.toMatchObject({ code: "not_found" });
    await expect(getChapterRecap(null, course.slug, otherChapter.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(getChapterRecap(null, "no-such-course", chapterId)).rejects.toMatchObject({ code: "not_found" });
    const empty = await getChapterRecap(null, other.slug, otherChapter.id);
    expect(empty.lessons).toEqual([]);
  });

  it("exports Markdown with the lessons, entries, reasons and answers, and no locked content", async () => {
    const t = (key: keyof typeof enLabels, value = "") => enLabels[key].replace(/\{\w+\}/, value);
    const labels: RecapLabels = {
      title: (chapter) => t("title", chapter),
      course: t("course"),
      faq: t("faq"),
      topAnswered: t("topAnswered"),
      unanswered: t("unanswered"),
      authorReply: (name) => t("authorReply", name),
      whyFeatured: t("whyFeatured"),
      locked: t("locked"),
      emptyLesson: t("emptyLesson"),
      emptyChapter: t("emptyChapter"),
    };
    const md = recapToMarkdown(await getChapterRecap(null, course.slug, chapterId), labels, "https://jx.example");
    expect(md).toContain("# Chapter recap: Queues");
    expect(md).toContain(`## [Little's law](https://jx.example/courses/${course.slug}/articles/`);
    expect(md).toContain("### FAQ\n\n**");
    expect(md).toContain("> Why is latency exponential near 100%?");
    expect(md).toContain("_Why featured:_ The classic question");
    expect(md).toContain(`**Answer by ${instructor.name}**\n\n> Queueing theory.`);
    expect(md).toContain("### Still waiting for an answer");
    expect(md).toContain("This lesson is for members of the course.");
    expect(md).not.toContain("Members-only");
  });
});
