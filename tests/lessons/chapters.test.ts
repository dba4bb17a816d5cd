import { createChapter, deleteChapter, updateChapter } from "@/lib/chapters/mutations";
import { CreateChapterSchema, UpdateChapterSchema } from "@/lib/chapters/schema";
import { courseOrder, getCourseOutline } from "@/lib/courses/outline";
import { getCourse } from "@/lib/courses/queries";
import { createLesson, updateLesson } from "@/lib/lessons/mutations";
import { CreateLessonSchema, UpdateLessonSchema } from "@/lib/lessons/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect, createCourse } from "../../prisma/factories";
import { createWorld, type World } from "../../prisma/world";

// Course order: chapters by position, lessons by position in their chapter, the lessons
// without a chapter last; every move keeps each list's positions dense (0..n-1).
const db = connect(process.env.DATABASE_URL!);
let w: World;
beforeAll(async () => {
  w = await createWorld(db);
});
afterAll(() => db.$disconnect());

/** A fresh course taught by the world's instructor, so lists start empty. */
async function freshCourse() {
  const course = await createCourse(db);
  await db.courseMember.create({ data: { courseId: course.id, userId: w.users.instructor.id, role: "INSTRUCTOR" } });
  return course;
}
const chapter = (slug: string, title: string, position?: number) =>
  createChapter(w.users.instructor, slug, CreateChapterSchema.parse({ title, position }));
const lesson = (slug: string, title: string, chapterId?: string) =>
  createLesson(w.users.instructor, slug, CreateLessonSchema.parse({ title, chapterId, status: "published" }));
const move = (id: string, to: Record<string, unknown>) =>
  updateLesson(w.users.instructor, id, UpdateLessonSchema.parse(to));

async function chapterTitles(courseId: string) {
  const rows = await db.chapter.findMany({ where: { courseId }, orderBy: { position: "asc" } });
  expect(rows.map((r) => r.position)).toEqual(rows.map((_, i) => i)); // dense
  return rows.map((r) => r.title);
}

describe("chapters", () => {
  it("are added last or at a position, and moved with their siblings renumbered", async () => {
    const c = await freshCourse();
    await chapter(c.slug, "B");
    await chapter(c.slug, "C");
    const a = await chapter(c.slug, "A", 0);
    expect(await chapterTitles(c.id)).toEqual(["A", "B", "C"]);
    await updateChapter(w.users.instructor, a.id, UpdateChapterSchema.parse({ position: 2 }));
    expect(await chapterTitles(c.id)).toEqual(["B", "C", "A"]);
    await updateChapter(w.users.instructor, a.id, UpdateChapterSchema.parse({ position: 99 }));
    expect(await chapterTitles(c.id)).toEqual(["B", "C", "A"]);
    await updateChapter(w.users.instructor, a.id, UpdateChapterSchema.parse({ position: 1, title: "A2" }));
    expect(await chapterTitles(c.id)).toEqual(["B", "A2", "C"]);
  });

  it("stay dense under concurrent moves", async () => {
    const c = await freshCourse();
    const made = [];
    for (const t of ["1", "2", "3", "4", "5"]) made.push(await chapter(c.slug, t));
    await Promise.all(
      made.map((ch, i) => updateChapter(w.users.instructor, ch.id, UpdateChapterSchema.parse({ position: 4 - i }))),
    );
    expect((await chapterTitles(c.id)).sort()).toEqual(["1", "2", "3", "4", "5"]);
  });

  it("deleting one keeps its lessons, after the lessons without a chapter", async () => {
    const c = await freshCourse();
    const one = await chapter(c.slug, "One");
    const two = await chapter(c.slug, "Two");
    const a = await lesson(c.slug, "A", one.id);
    const b = await lesson(c.slug, "B", one.id);
    const loose = await lesson(c.slug, "Loose");
    await lesson(c.slug, "C", two.id);
    await deleteChapter(w.users.instructor, one.id);
    const outline = await getCourseOutline(c.id, { includeUnpublished: true });
    expect(outline.chapters.map((ch) => [ch.title, ch.position])).toEqual([["Two", 0]]);
    expect(outline.unchaptered.map((l) => [l.title, l.position])).toEqual([
      ["Loose", 0],
      ["A", 1],
      ["B", 2],
    ]);
    expect(outline.unchaptered.map((l) => l.id)).toEqual([loose.id, a.id, b.id]);
    expect(await db.auditEvent.count({ where: { targetId: one.id, action: "chapter.delete" } })).toBe(1);
  });

  it("belong to their course: an instructor of another course gets 403, an unknown chapter 404", async () => {
    const ch = await chapter(w.course.slug, "Mine");
    await expect(
      updateChapter(w.users.otherInstructor, ch.id, UpdateChapterSchema.parse({ title: "Theirs" })),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(deleteChapter(w.users.member, ch.id)).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      createChapter(w.users.otherInstructor, w.course.slug, CreateChapterSchema.parse({ title: "X" })),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(deleteChapter(w.users.instructor, "no-such-chapter")).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("lesson order", () => {
  it("moves within and across chapters, keeping both lists dense, and readers follow course order", async () => {
    const c = await freshCourse();
    const one = await chapter(c.slug, "One");
    const two = await chapter(c.slug, "Two");
    const [a, b, d] = [
      await lesson(c.slug, "A", one.id),
      await lesson(c.slug, "B", one.id),
      await lesson(c.slug, "D", two.id),
    ];
    const loose = await lesson(c.slug, "Loose");
    await move(b.id, { position: 0 }); // One: B A
    await move(a.id, { chapterId: two.id, position: 0 }); // One: B · Two: A D
    const outline = await getCourseOutline(c.id, { includeUnpublished: false });
    expect(outline.chapters.map((ch) => ch.lessons.map((l) => [l.title, l.position]))).toEqual([
      [["B", 0]],
      [
        ["A", 0],
        ["D", 1],
      ],
    ]);
    expect(courseOrder(outline).map((l) => [l.id, l.ordinal])).toEqual([
      [b.id, 0],
      [a.id, 1],
      [d.id, 2],
      [loose.id, 3],
    ]);
    const course = await getCourse(null, c.slug);
    expect(course.lessons.map((l) => l.title)).toEqual(["B", "A", "D", "Loose"]);
    expect(course.chapters.map((ch) => [ch.title, ch.lessons.map((l) => l.locked)])).toEqual([
      ["One", [false]],
      ["Two", [false, false]],
    ]);
    await move(loose.id, { chapterId: one.id }); // last of One
    await move(a.id, { chapterId: null, position: 0 });
    const after = await getCourseOutline(c.id, { includeUnpublished: true });
    expect(after.chapters.map((ch) => ch.lessons.map((l) => [l.title, l.position]))).toEqual([
      [
        ["B", 0],
        ["Loose", 1],
      ],
      [["D", 0]],
    ]);
    expect(after.unchaptered.map((l) => [l.title, l.position])).toEqual([["A", 0]]);
  });

  it("the studio's outline has chapters by position and every lesson, with state, version and live ordinal", async () => {
    const c = await freshCourse();
    const second = await chapter(c.slug, "Second");
    const first = await chapter(c.slug, "First", 0); // created last, placed first
    const create = (title: string, input: Record<string, unknown>) =>
      createLesson(w.users.instructor, c.slug, CreateLessonSchema.parse({ title, ...input }));
    await create("B1 draft", { chapterId: second.id });
    await create("B2", { chapterId: second.id, status: "published" });
    await create("A1", { chapterId: first.id, status: "published" });
    const later = new Date(Date.now() + 86_400_000).toISOString();
    const loose = await create("Loose, scheduled", { publishAt: later });
    const outline = await getCourseOutline(c.id, { includeUnpublished: true });
    const row = (l: { title: string; state: string; ordinal: number | null }) => `${l.title}:${l.state}:${l.ordinal}`;
    expect(outline.chapters.map((ch) => [ch.title, ch.position, ch.lessons.map(row)])).toEqual([
      ["First", 0, ["A1:published:0"]],
      ["Second", 1, ["B1 draft:draft:null", "B2:published:1"]],
    ]);
    expect(outline.unchaptered.map(row)).toEqual(["Loose, scheduled:scheduled:null"]);
    expect(outline.unchaptered[0]).toEqual({
      id: loose.id,
      slug: loose.slug,
      title: "Loose, scheduled",
      state: "scheduled",
      publishedAt: later,
      position: 0,
      chapterId: null,
      featuredCommentCount: 0,
      version: loose.version,
      ordinal: null,
    });
  });

  it("drafts and scheduled lessons have no ordinal, and readers' lists skip them", async () => {
    const c = await freshCourse();
    const live = await lesson(c.slug, "Live");
    const draft = await createLesson(w.users.instructor, c.slug, CreateLessonSchema.parse({ title: "Draft" }));
    const outline = await getCourseOutline(c.id, { includeUnpublished: true });
    expect(outline.unchaptered.map((l) => [l.id, l.state, l.ordinal])).toEqual([
      [live.id, "published", 0],
      [draft.id, "draft", null],
    ]);
    expect((await getCourse(null, c.slug)).lessons.map((l) => l.id)).toEqual([live.id]);
  });

  it("refuses a chapter of another course (400)", async () => {
    const theirs = await createChapter(w.users.admin, w.otherCourse.slug, CreateChapterSchema.parse({ title: "T" }));
    const l = await lesson(w.course.slug, "Here");
    await expect(move(l.id, { chapterId: theirs.id })).rejects.toMatchObject({ code: "bad_request" });
    await expect(lesson(w.course.slug, "There", theirs.id)).rejects.toMatchObject({ code: "bad_request" });
  });
});
