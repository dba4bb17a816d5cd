import { getArticle } from "@/lib/articles/queries";
import { getCourseOutline } from "@/lib/courses/outline";
import { getCourse, listCourses } from "@/lib/courses/queries";
import { createLesson, updateLesson } from "@/lib/lessons/mutations";
import { CreateLessonSchema, UpdateLessonSchema } from "@/lib/lessons/schema";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect } from "../../prisma/factories";
import { createWorld, type World } from "../../prisma/world";

// A scheduled lesson appears at its time with no job running: readers' filters compare
// the publication time with now.
const db = connect(process.env.DATABASE_URL!);
let w: World;
beforeAll(async () => {
  w = await createWorld(db);
});
afterAll(() => db.$disconnect());

const readerSees = async (id: string) => {
  const visible = await getArticle(null, id).then(
    () => true,
    (err: { code?: string }) => (err.code === "not_found" ? false : Promise.reject(err)),
  );
  const course = await getCourse(null, w.course.slug);
  const outline = await getCourseOutline(w.course.id, { includeUnpublished: false });
  return {
    visible,
    inCourse: course.lessons.some((l) => l.id === id),
    inOutline: [...outline.chapters.flatMap((c) => c.lessons), ...outline.unchaptered].some((l) => l.id === id),
  };
};

describe("a scheduled lesson", () => {
  it("is invisible to readers until its time, then visible without any job", async () => {
    // Far enough ahead that the "not yet" reads below finish first, even on a loaded machine.
    const publishAt = new Date(Date.now() + 8_000);
    const lesson = await createLesson(
      w.users.instructor,
      w.course.slug,
      CreateLessonSchema.parse({
        title: "Coming soon",
        body: "Secret until then.",
        publishAt: publishAt.toISOString(),
      }),
    );
    expect(lesson.state).toBe("scheduled");
    expect(await readerSees(lesson.id)).toEqual({ visible: false, inCourse: false, inOutline: false });
    const lessonCount = (await listCourses(null)).find((c) => c.slug === w.course.slug)!.lessonCount;
    // Its curators see it in the studio outline, marked scheduled, without an ordinal.
    const studio = await getCourseOutline(w.course.id, { includeUnpublished: true });
    expect(studio.unchaptered.find((l) => l.id === lesson.id)).toMatchObject({ state: "scheduled", ordinal: null });

    await sleep(Math.max(0, publishAt.getTime() - Date.now()) + 300);
    expect(await readerSees(lesson.id)).toEqual({ visible: true, inCourse: true, inOutline: true });
    expect((await listCourses(null)).find((c) => c.slug === w.course.slug)!.lessonCount).toBe(lessonCount + 1);
  });

  it("moves between draft, scheduled and published through PATCH shapes", async () => {
    const lesson = await createLesson(
      w.users.instructor,
      w.course.slug,
      CreateLessonSchema.parse({ title: "Later", body: "x" }),
    );
    expect(lesson.state).toBe("draft");
    const patch = (body: unknown) => updateLesson(w.users.instructor, lesson.id, UpdateLessonSchema.parse(body));
    const future = new Date(Date.now() + 3_600_000).toISOString();
    expect(await patch({ publishAt: future })).toMatchObject({ state: "scheduled", publishedAt: future });
    expect((await readerSees(lesson.id)).visible).toBe(false);
    expect(await patch({ action: "publish" })).toMatchObject({ state: "published" });
    expect((await readerSees(lesson.id)).visible).toBe(true);
    expect(await patch({ action: "unpublish" })).toMatchObject({ state: "draft", publishedAt: null });
    expect((await readerSees(lesson.id)).visible).toBe(false);
    expect(await patch({ publishAt: null })).toMatchObject({ state: "draft" });
  });

  it("publishing a live lesson again keeps its date", async () => {
    const lesson = await createLesson(
      w.users.instructor,
      w.course.slug,
      CreateLessonSchema.parse({ title: "Now", status: "published" }),
    );
    expect(lesson.state).toBe("published");
    const again = await updateLesson(w.users.instructor, lesson.id, UpdateLessonSchema.parse({ action: "publish" }));
    expect(again.publishedAt).toBe(lesson.publishedAt);
  });
});
