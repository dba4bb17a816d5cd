import { getArticle } from "@/lib/articles/queries";
import { updateArticle } from "@/lib/articles/update";
import { createEssay } from "@/lib/essays/mutations";
import { readJson } from "@/lib/http";
import { createLesson, updateLesson } from "@/lib/lessons/mutations";
import { getStudioLesson } from "@/lib/lessons/queries";
import {
  CreateLessonSchema,
  LESSON_BODY_MAX_LENGTH,
  LESSON_REQUEST_MAX_BYTES,
  UpdateLessonSchema,
} from "@/lib/lessons/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as z from "zod";
import { connect } from "../../prisma/factories";
import { createWorld, type World } from "../../prisma/world";

const db = connect(process.env.DATABASE_URL!);
let w: World;
beforeAll(async () => {
  w = await createWorld(db);
});
afterAll(() => db.$disconnect());

const create = (input: Record<string, unknown>, user = w.users.instructor, slug = w.course.slug) =>
  createLesson(user, slug, CreateLessonSchema.parse(input));
const code = (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (err: { code?: string }) => err.code ?? String(err),
  );

describe("creating a lesson", () => {
  it("makes its address from an ASCII title, else lesson-<n>; never twice the same", async () => {
    expect((await create({ title: "Little's Law, explained!" })).slug).toBe("little-s-law-explained");
    expect((await create({ title: "Little's Law, explained!" })).slug).toBe("little-s-law-explained-2");
    const lessons = await db.article.count({ where: { courseId: w.course.id, kind: "LESSON" } });
    expect((await create({ title: "为什么要学习高并发系统设计" })).slug).toBe(`lesson-${lessons + 1}`);
  });

  it("answers 409 for an address taken in the course", async () => {
    await create({ title: "One", slug: "taken-address" });
    expect(await code(create({ title: "Two", slug: "taken-address" }))).toBe("conflict");
  });

  it("is for the course's instructors and admins only", async () => {
    expect(await code(create({ title: "T" }, w.users.member))).toBe("forbidden");
    expect(await code(create({ title: "T" }, w.users.otherInstructor))).toBe("forbidden");
    expect(await code(create({ title: "T" }, w.users.admin))).toBe("ok");
    expect(await code(create({ title: "T" }, w.users.instructor, "no-such-course"))).toBe("not_found");
  });

  it("refuses bad input (400): no title, a long title, a draft with a time, a bad address", async () => {
    for (const bad of [
      {},
      { title: "" },
      { title: "x".repeat(201) },
      { title: "T", slug: "Not OK" },
      { title: "T", publishAt: "soon" },
    ]) {
      expect(CreateLessonSchema.safeParse(bad).success).toBe(false);
    }
    expect(await code(create({ title: "T", status: "draft", publishAt: new Date().toISOString() }))).toBe(
      "bad_request",
    );
  });
});

describe("the 100,000-character limit", () => {
  const atLimit = "字".repeat(LESSON_BODY_MAX_LENGTH);
  const over = "a".repeat(LESSON_BODY_MAX_LENGTH + 1);

  it("takes a full lesson and answers 413 beyond, on create and on save", async () => {
    const lesson = await create({ title: "Long", body: atLimit });
    expect(lesson.body).toHaveLength(LESSON_BODY_MAX_LENGTH);
    expect(await code(create({ title: "Too long", body: over }))).toBe("payload_too_large");
    const save = UpdateLessonSchema.parse({ version: lesson.version, body: over });
    expect(await code(updateLesson(w.users.instructor, lesson.id, save))).toBe("payload_too_large");
    expect((await getStudioLesson(w.users.instructor, lesson.id)).version).toBe(lesson.version);
  });

  it("a full lesson of Chinese fits in one request; the default 64 KB would not take it", async () => {
    const request = () =>
      new Request("http://test.example/api/articles/x", {
        method: "PATCH",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ version: 1, body: atLimit }),
      });
    const schema = z.record(z.string(), z.unknown());
    expect(((await readJson(request(), schema, LESSON_REQUEST_MAX_BYTES)) as { body: string }).body).toBe(atLimit);
    expect(await code(readJson(request(), schema))).toBe("payload_too_large");
  });
});

describe("PATCH /api/articles/{id} by kind", () => {
  it("saves a lesson's text, bumps its version, and readers see it at once (cache invalidated)", async () => {
    const lesson = await create({ title: "Cached", body: "old", status: "published" });
    expect((await getArticle(null, lesson.id)).article).toMatchObject({ locked: false, body: "old" });
    const saved = await updateArticle(w.users.instructor, lesson.id, { version: lesson.version, body: "new" });
    expect(saved).toMatchObject({ body: "new", version: lesson.version + 1 });
    expect((await getArticle(null, lesson.id)).article).toMatchObject({ locked: false, body: "new" });
  });

  it("asks a lesson's save for its version, and keeps essays working as before", async () => {
    const lesson = await create({ title: "Versioned" });
    const refused = await updateArticle(w.users.instructor, lesson.id, { body: "no version" }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(z.ZodError);
    expect((refused as z.ZodError).issues[0]!.path).toEqual(["version"]);
    const essay = await createEssay(w.users.author, w.course.slug, { title: "Mine", body: "draft" });
    expect(await updateArticle(w.users.author, essay.id, { body: "edited" })).toMatchObject({ body: "edited" });
    const wrongShape = await updateArticle(w.users.author, essay.id, { version: 1, body: "x" }).catch(
      (e: unknown) => e,
    );
    expect(wrongShape).toBeInstanceOf(z.ZodError);
  });

  it("lets only curators write: a learner gets 403 on a live lesson and 404 on a draft", async () => {
    const live = await create({ title: "Live", status: "published" });
    const draft = await create({ title: "Draft" });
    const save = (id: string, user = w.users.member) =>
      code(updateArticle(user, id, { version: 1, title: "Mine now" }));
    expect(await save(live.id)).toBe("forbidden");
    expect(await save(draft.id)).toBe("not_found");
    expect(await save(live.id, w.users.otherInstructor)).toBe("forbidden");
    expect(await save(draft.id, w.users.otherInstructor)).toBe("not_found");
    expect(await code(updateArticle(w.users.member, live.id, { action: "unpublish" }))).toBe("forbidden");
    expect(await code(getStudioLesson(w.users.member, live.id))).toBe("forbidden");
    expect(await code(getStudioLesson(w.users.member, draft.id))).toBe("not_found");
    expect(await save(draft.id, w.users.admin)).toBe("ok");
  });

  it("reads a lesson for its editor, and under another course's address as none (404)", async () => {
    const draft = await create({ title: "To edit", body: "Hello" });
    const read = await getStudioLesson(w.users.instructor, draft.id, { courseSlug: w.course.slug });
    expect(read).toMatchObject({
      id: draft.id,
      courseSlug: w.course.slug,
      title: "To edit",
      body: "Hello",
      state: "draft",
      publishedAt: null,
      chapterId: null,
      version: draft.version,
    });
    // An admin curates both courses: the lesson is still not one of the other course's.
    const elsewhere = getStudioLesson(w.users.admin, draft.id, { courseSlug: w.otherCourse.slug });
    expect(await code(elsewhere)).toBe("not_found");
  });

  it("records publication changes in the audit log", async () => {
    const lesson = await create({ title: "Audited" });
    await updateArticle(w.users.instructor, lesson.id, { action: "publish" });
    await updateArticle(w.users.instructor, lesson.id, { action: "unpublish" });
    const actions = await db.auditEvent.findMany({ where: { targetId: lesson.id }, orderBy: { createdAt: "asc" } });
    expect(actions.map((a) => a.action)).toEqual(["lesson.create", "lesson.publish", "lesson.unpublish"]);
  });
});
