import { canUseStudio, listStudioCourses, requireStudio, teachesAnyCourse } from "@/lib/studio/access";
import { getCourseAnalytics } from "@/lib/studio/analytics";
import { exportFeatured } from "@/lib/studio/export";
import { listQueue } from "@/lib/studio/queue";
import { listResolvedReports, resolveReport } from "@/lib/studio/reports";
import { QueueQuerySchema } from "@/lib/studio/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect, createUser } from "../../prisma/factories";
import { asCurrent } from "../../prisma/world";
import { codeOf, createStudioCourse, type StudioCourse } from "./courses";

const db = connect(process.env.DATABASE_URL!);
let a: StudioCourse;
let b: StudioCourse;
beforeAll(async () => {
  [a, b] = await Promise.all([createStudioCourse(db, "A"), createStudioCourse(db, "B")]);
});
afterAll(() => db.$disconnect());

const queue = (input: Record<string, unknown> = {}) => QueueQuerySchema.parse({ limit: 50, ...input });
const idsOf = (x: StudioCourse) => [x.course.id, x.lesson.id, x.pending.id, x.featured.id, x.reply.id, x.report.id];
/** Nothing of course B appears anywhere in `value` (ids, titles, bodies, names). */
function expectNothingOfB(value: unknown) {
  const text = JSON.stringify(value);
  for (const needle of [...idsOf(b), b.course.slug, "in B", "Course B", "Lesson B", "Learner B", "Reporter B"])
    expect(text).not.toContain(needle);
}

describe("an instructor of course A sees nothing of course B", () => {
  it("in the queue: only A's pending comments and open reports, and B's filters are refused", async () => {
    const page = await listQueue(a.users.instructor, queue());
    expect(page.items.map((i) => i.id).sort()).toEqual([a.pending.id, a.report.id].sort());
    expect(page.items.every((i) => i.course.id === a.course.id)).toBe(true);
    expectNothingOfB(page);
    expect(await codeOf(listQueue(a.users.instructor, queue({ courseId: b.course.id })))).toBe("forbidden");
    expect(await codeOf(listQueue(a.users.instructor, queue({ articleId: b.lesson.id })))).toBe("forbidden");
    expect(await codeOf(listQueue(a.users.instructor, queue({ courseId: a.course.id, articleId: b.lesson.id })))).toBe(
      "not_found",
    );
    expectNothingOfB(await listStudioCourses(a.users.instructor));
  });

  it("in reports: B's open reports are neither listed nor resolvable, and its history stays out", async () => {
    expectNothingOfB(await listQueue(a.users.instructor, queue({ kind: "reports" })));
    expect(await codeOf(resolveReport(a.users.instructor, b.report.id, { action: "hide" }))).toBe("not_found");
    expect(await codeOf(resolveReport(a.users.instructor, b.report.id, { action: "dismiss" }))).toBe("not_found");
    expect((await db.report.findUniqueOrThrow({ where: { id: b.report.id } })).status).toBe("OPEN");
    expect((await db.comment.findUniqueOrThrow({ where: { id: b.featured.id } })).status).toBe("FEATURED");

    const other = await createStudioCourse(db, "C");
    await resolveReport(other.users.instructor, other.report.id, { action: "dismiss" });
    expect(await listResolvedReports(a.users.instructor)).toEqual([]);
    expect(await codeOf(listResolvedReports(a.users.instructor, { courseId: other.course.id }))).toBe("forbidden");
  });

  it("in analytics: B is refused and A's numbers hold A's rows only", async () => {
    expect(await codeOf(getCourseAnalytics(a.users.instructor, b.course.slug))).toBe("forbidden");
    expect(await codeOf(getCourseAnalytics(a.users.instructor, "no-such-course"))).toBe("not_found");
    const mine = await getCourseAnalytics(a.users.instructor, a.course.slug);
    expect(mine.totals).toMatchObject({ comments: 2, featured: 1, pending: 1, openReports: 1 });
    expect(mine.topLiked.map((c) => c.id)).toEqual([a.featured.id]);
    expectNothingOfB(mine);
  });

  it("in exports: B's course is refused, and B's article cannot be named under A", async () => {
    expect(await codeOf(exportFeatured(a.users.instructor, { course: b.course.slug, format: "csv" }))).toBe(
      "forbidden",
    );
    expect(
      await codeOf(exportFeatured(a.users.instructor, { course: a.course.slug, article: b.lesson.id, format: "md" })),
    ).toBe("not_found");
    const file = await exportFeatured(a.users.instructor, { course: a.course.slug, format: "csv" });
    expect(file.body).toContain("featured in A");
    expect(file.body).not.toContain("pending in A");
    expectNothingOfB(file);
  });
});

describe("who may use the studio", () => {
  it("learners and people without courses are turned away; admins see every course", async () => {
    const learner = a.users.learner;
    expect(await canUseStudio(learner)).toBe(false);
    expect(await canUseStudio(null)).toBe(false);
    expect(await codeOf(requireStudio(learner))).toBe("forbidden");
    expect(await codeOf(requireStudio(null))).toBe("unauthorized");
    expect(await codeOf(listQueue(learner, queue()))).toBe("forbidden");
    expect(await codeOf(getCourseAnalytics(learner, a.course.slug))).toBe("forbidden");
    expect(await codeOf(resolveReport(learner, a.report.id, { action: "dismiss" }))).toBe("not_found");

    const admin = asCurrent(await createUser(db, { role: "ADMIN" }), "ADMIN");
    expect(await canUseStudio(admin)).toBe(true);
    // The header's "Studio" is for people who teach: an admin who teaches nothing sees "Admin" alone.
    expect(await teachesAnyCourse(admin)).toBe(false);
    expect(await teachesAnyCourse(a.users.instructor)).toBe(true);
    expect(await teachesAnyCourse(learner)).toBe(false);
    const ids = (await listQueue(admin, queue({ courseId: b.course.id }))).items.map((i) => i.id);
    expect(ids.sort()).toEqual([b.pending.id, b.report.id].sort());
    expect((await getCourseAnalytics(admin, b.course.slug)).course.id).toBe(b.course.id);
  });
});
