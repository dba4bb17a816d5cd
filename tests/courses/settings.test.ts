import { getArticle } from "@/lib/articles/queries";
import { getCourseAccess } from "@/lib/courses/access";
import { getCourse } from "@/lib/courses/queries";
import {
  createCourse,
  getCuratedSettings,
  getStudioCourse,
  listAdminCourses,
  updateCourseSettings,
} from "@/lib/courses/settings";
import { CreateCourseSchema, UpdateCourseSchema } from "@/lib/courses/settings-schema";
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect, createCourse as createCourseRow, createLesson } from "../../prisma/factories";
import { createWorld, type World } from "../../prisma/world";

const db = connect(process.env.DATABASE_URL!);
let w: World;
beforeAll(async () => {
  w = await createWorld(db);
});
afterAll(() => db.$disconnect());

const slug = () => `course-${randomBytes(4).toString("hex")}`;
const input = (over: Record<string, unknown> = {}) =>
  CreateCourseSchema.parse({ slug: slug(), title: "Paid course", summary: "About it.", enrollment: "invite", ...over });
const code = (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (err: { code?: string }) => err.code ?? String(err),
  );

describe("opening a course (POST /api/courses)", () => {
  it("is for admins: anyone else, instructors too, gets 403", async () => {
    for (const who of ["instructor", "member", "outsider"] as const) {
      expect(await code(createCourse(w.users[who], input()))).toBe("forbidden");
    }
    const created = await createCourse(w.users.admin, input({ trialLessons: 2, coverUrl: "/api/uploads/abc123" }));
    expect(created).toMatchObject({
      title: "Paid course",
      enrollment: "invite",
      trialLessons: 2,
      coverUrl: "/api/uploads/abc123",
      archived: false,
    });
    const audit = await db.auditEvent.findFirst({ where: { targetId: created.id, action: "course.create" } });
    expect(audit?.actorId).toBe(w.users.admin.id);
  });

  it.each([
    ["Upper-Case"],
    ["with space"],
    ["double--dash"],
    ["-leading"],
    ["trailing-"],
    ["中文"],
    ["a".repeat(61)],
    [""],
  ])("refuses the malformed slug %j (400)", (bad) => {
    const parsed = CreateCourseSchema.safeParse({ slug: bad, title: "T", summary: "", enrollment: "open" });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]!.path).toEqual(["slug"]);
  });

  it("refuses bad fields: long title, unknown enrollment, trial out of range, http cover", () => {
    for (const over of [
      { title: "x".repeat(121) },
      { enrollment: "paid" },
      { trialLessons: -1 },
      { trialLessons: 1001 },
      { trialLessons: 1.5 },
      { coverUrl: "http://example.com/a.png" },
      { coverUrl: "javascript:alert(1)" },
      { extra: true },
    ]) {
      expect(CreateCourseSchema.safeParse({ slug: "ok", title: "T", enrollment: "open", ...over }).success).toBe(false);
    }
  });

  it("answers 409 for a slug that is taken, and creates nothing", async () => {
    const first = await createCourse(w.users.admin, input());
    expect(await code(createCourse(w.users.admin, input({ slug: first.slug })))).toBe("conflict");
    expect(await db.course.count({ where: { slug: first.slug } })).toBe(1);
  });
});

describe("changing a course's settings (PATCH /api/courses/{slug})", () => {
  it("is for its instructors and admins; others 403, an unknown course 404", async () => {
    const patch = UpdateCourseSchema.parse({ summary: "New summary" });
    expect(await code(updateCourseSettings(w.users.otherInstructor, w.course.slug, patch))).toBe("forbidden");
    expect(await code(updateCourseSettings(w.users.member, w.course.slug, patch))).toBe("forbidden");
    expect(await code(updateCourseSettings(w.users.admin, "no-such-course", patch))).toBe("not_found");
    expect(await updateCourseSettings(w.users.instructor, w.course.slug, patch)).toMatchObject({
      summary: "New summary",
    });
  });

  it("archives (archivedAt set once) and unarchives; the course still reads", async () => {
    const archive = UpdateCourseSchema.parse({ archived: true });
    expect(await updateCourseSettings(w.users.instructor, w.course.slug, archive)).toMatchObject({ archived: true });
    const first = (await db.course.findUniqueOrThrow({ where: { id: w.course.id } })).archivedAt;
    expect(first).not.toBeNull();
    await updateCourseSettings(w.users.instructor, w.course.slug, archive);
    expect((await db.course.findUniqueOrThrow({ where: { id: w.course.id } })).archivedAt).toEqual(first);
    expect(await getCourse(null, w.course.slug)).toMatchObject({ archived: true });
    const back = await updateCourseSettings(
      w.users.admin,
      w.course.slug,
      UpdateCourseSchema.parse({ archived: false }),
    );
    expect(back.archived).toBe(false);
  });

  it("changes enrollment, trial lessons and the cover (null removes it), with an audit trail", async () => {
    const changed = await updateCourseSettings(
      w.users.instructor,
      w.course.slug,
      UpdateCourseSchema.parse({ enrollment: "invite", trialLessons: 3, coverUrl: "https://cdn.example/c.png" }),
    );
    expect(changed).toMatchObject({ enrollment: "invite", trialLessons: 3, coverUrl: "https://cdn.example/c.png" });
    const cleared = await updateCourseSettings(
      w.users.instructor,
      w.course.slug,
      UpdateCourseSchema.parse({ coverUrl: null, enrollment: "open" }),
    );
    expect(cleared).toMatchObject({ coverUrl: null, enrollment: "open" });
    const audit = await db.auditEvent.findFirst({
      where: { courseId: w.course.id, action: "course.update" },
      orderBy: { createdAt: "desc" },
    });
    expect(audit).toMatchObject({
      before: { coverUrl: "https://cdn.example/c.png", enrollment: "invite" },
      after: { coverUrl: null, enrollment: "open" },
    });
  });

  it("reaches visitors at once, though their course facts come from a cache", async () => {
    const course = await createCourseRow(db);
    const lesson = await createLesson(db, course.id, w.users.admin.id);
    expect((await getArticle(null, lesson.id)).article.locked).toBe(false); // fills the cache
    const close = UpdateCourseSchema.parse({ enrollment: "invite", trialLessons: 0, archived: true });
    await updateCourseSettings(w.users.admin, course.slug, close);
    expect((await getArticle(null, lesson.id)).article.locked).toBe(true);
    expect((await getCourseAccess(null, course.id)).canJoin).toBe(false);
    const reopen = UpdateCourseSchema.parse({ enrollment: "open", archived: false });
    await updateCourseSettings(w.users.admin, course.slug, reopen);
    expect((await getArticle(null, lesson.id)).article.locked).toBe(false);
  });

  it("refuses an empty change and bad values (400)", () => {
    expect(UpdateCourseSchema.safeParse({}).success).toBe(false);
    expect(UpdateCourseSchema.safeParse({ slug: "renamed" }).success).toBe(false);
    expect(UpdateCourseSchema.safeParse({ archived: "yes" }).success).toBe(false);
  });
});

describe("reading settings", () => {
  it("the studio's settings are for curators only", async () => {
    expect(await code(getCuratedSettings(null, w.course.slug))).toBe("unauthorized");
    expect(await code(getCuratedSettings(w.users.otherInstructor, w.course.slug))).toBe("forbidden");
    expect(await code(getCuratedSettings(w.users.member, w.course.slug))).toBe("forbidden");
    expect(await code(getCuratedSettings(w.users.instructor, "no-such-course"))).toBe("not_found");
    expect((await getCuratedSettings(w.users.instructor, w.course.slug)).slug).toBe(w.course.slug);
    expect((await getCuratedSettings(w.users.admin, w.course.slug)).slug).toBe(w.course.slug);
  });

  it("the studio's course holds the settings and every lesson, drafts too", async () => {
    const draft = await db.article.create({
      data: {
        courseId: w.course.id,
        authorId: w.users.instructor.id,
        kind: "LESSON",
        slug: "a-draft",
        title: "D",
        body: "",
      },
    });
    const studio = await getStudioCourse(w.users.instructor, w.course.slug);
    expect(studio).toMatchObject({ slug: w.course.slug, chapters: [] });
    expect(studio.unchaptered.map((l) => [l.id, l.state])).toEqual([
      [w.article.id, "published"],
      [draft.id, "draft"],
    ]);
    expect(await code(getStudioCourse(w.users.member, w.course.slug))).toBe("forbidden");
  });

  it("the admin's list holds every course with its numbers, for admins only", async () => {
    expect(await code(listAdminCourses(w.users.instructor))).toBe("forbidden");
    const row = (await listAdminCourses(w.users.admin)).find((c) => c.id === w.course.id);
    const lessonCount = await db.article.count({ where: { courseId: w.course.id, kind: "LESSON" } }); // drafts too
    expect(row).toMatchObject({ memberCount: 3, instructorCount: 1, lessonCount });
  });
});
