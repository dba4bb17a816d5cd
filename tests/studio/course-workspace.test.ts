import { getWorkspaceCourse, getWorkspaceLesson, getWorkspaceOutline } from "@/lib/studio/course-workspace";
import { afterAll, describe, expect, it } from "vitest";
import { addMember, connect, createCourse, createLesson, createUser } from "../../prisma/factories";
import { asCurrent } from "../../prisma/world";

const db = connect(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

const DAY = 86_400_000;

async function courseWithOutline() {
  const course = await createCourse(db);
  const [instructor, learner, outsider] = await Promise.all([createUser(db), createUser(db), createUser(db)]);
  await addMember(db, course.id, instructor.id, "INSTRUCTOR");
  await addMember(db, course.id, learner.id);
  const chapter = (title: string, position: number) =>
    db.chapter.create({ data: { courseId: course.id, title, position } });
  const [second, first] = [await chapter("Second", 1), await chapter("First", 0)];
  const lesson = (title: string, opts: { chapterId?: string; position: number; status?: "DRAFT"; at?: Date }) =>
    createLesson(db, course.id, instructor.id, { title, position: opts.position }).then((l) =>
      db.article.update({
        where: { id: l.id },
        data: {
          chapterId: opts.chapterId ?? null,
          status: opts.status ?? "PUBLISHED",
          publishedAt: opts.status ? null : (opts.at ?? new Date(Date.now() - DAY)),
        },
      }),
    );
  const lessons = {
    b2: await lesson("B2", { chapterId: second.id, position: 1 }),
    b1: await lesson("B1 draft", { chapterId: second.id, position: 0, status: "DRAFT" }),
    a1: await lesson("A1", { chapterId: first.id, position: 0 }),
    loose: await lesson("Loose, scheduled", { position: 0, at: new Date(Date.now() + DAY) }),
  };
  return {
    course,
    chapters: { first, second },
    lessons,
    users: { instructor: asCurrent(instructor), learner: asCurrent(learner), outsider: asCurrent(outsider) },
  };
}

describe("course workspace reads", () => {
  it("lists chapters and every lesson in course order, with states and live ordinals", async () => {
    const { course, chapters, lessons } = await courseWithOutline();
    const outline = await getWorkspaceOutline(course.id);
    expect(outline.chapters.map((c) => c.id)).toEqual([chapters.first.id, chapters.second.id]);
    const row = (l: { title: string; state: string; ordinal: number | null }) => `${l.title}:${l.state}:${l.ordinal}`;
    expect(outline.chapters.map((c) => c.lessons.map(row))).toEqual([
      ["A1:published:0"],
      ["B1 draft:draft:null", "B2:published:1"],
    ]);
    expect(outline.unchaptered.map(row)).toEqual(["Loose, scheduled:scheduled:null"]);
    expect(outline.unchaptered[0]).toMatchObject({ id: lessons.loose.id, chapterId: null, version: 1 });
  });

  it("gives a curator the settings and a lesson to edit, with its version", async () => {
    const { course, lessons, users } = await courseWithOutline();
    await db.course.update({ where: { id: course.id }, data: { enrollment: "INVITE", trialLessons: 2 } });
    expect(await getWorkspaceCourse(users.instructor, course.slug)).toMatchObject({
      slug: course.slug,
      enrollment: "invite",
      trialLessons: 2,
      archived: false,
      coverUrl: null,
    });
    const lesson = await getWorkspaceLesson(users.instructor, course.slug, lessons.b1.id);
    expect(lesson).toMatchObject({ id: lessons.b1.id, courseSlug: course.slug, state: "draft", version: 1 });
    expect(lesson.body).toContain("Hello");
  });

  it("is for curators only, and a lesson only under its own course", async () => {
    const { course, lessons, users } = await courseWithOutline();
    const other = await courseWithOutline();
    await expect(getWorkspaceCourse(users.learner, course.slug)).rejects.toMatchObject({ code: "forbidden" });
    await expect(getWorkspaceCourse(users.outsider, course.slug)).rejects.toMatchObject({ code: "forbidden" });
    await expect(getWorkspaceCourse(users.instructor, "no-such-course")).rejects.toMatchObject({ code: "not_found" });
    await expect(getWorkspaceLesson(users.instructor, course.slug, other.lessons.a1.id)).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(getWorkspaceLesson(other.users.instructor, course.slug, lessons.a1.id)).rejects.toMatchObject({
      code: "forbidden",
    });
  });
});
