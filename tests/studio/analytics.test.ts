import { ANALYTICS_TIME_ZONE, getCourseAnalytics } from "@/lib/studio/analytics";
import { afterAll, describe, expect, it } from "vitest";
import { addMember, connect, createComment, createUser } from "../../prisma/factories";
import { createStudioCourse } from "./courses";

const db = connect(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const dayIn = (d: Date) => new Intl.DateTimeFormat("en-CA", { timeZone: ANALYTICS_TIME_ZONE }).format(d);

describe("course analytics", () => {
  it("counts comments per day (all vs featured), the median wait to be featured, top liked and active learners", async () => {
    const a = await createStudioCourse(db, "A");
    const busy = await createUser(db, { name: "Busy learner" });
    await addMember(db, a.course.id, busy.id);
    const now = Date.now();
    const at = async (ageMs: number, status: "PENDING" | "FEATURED" | "HIDDEN", waitHours = 0, likeCount = 0) => {
      const c = await createComment(db, { courseId: a.course.id, articleId: a.lesson.id, authorId: busy.id, status });
      const createdAt = new Date(now - ageMs);
      await db.comment.update({
        where: { id: c.id },
        data: {
          createdAt,
          likeCount,
          featuredAt: status === "FEATURED" ? new Date(createdAt.getTime() + waitHours * HOUR) : null,
        },
      });
      return c;
    };
    await at(3 * DAY, "FEATURED", 10, 9);
    await at(3 * DAY, "HIDDEN");
    await at(3 * DAY, "PENDING");
    await at(10 * DAY, "FEATURED", 30, 1);
    await at(45 * DAY, "FEATURED", 0.5, 20); // outside the window, but still among the most liked

    const stats = await getCourseAnalytics(a.users.instructor, a.course.slug);
    expect(stats.days).toHaveLength(30);
    expect(stats.days.at(-1)!.date).toBe(dayIn(new Date()));
    const byDate = new Map(stats.days.map((d) => [d.date, d]));
    expect(byDate.get(dayIn(new Date(now - 3 * DAY)))).toMatchObject({ all: 3, featured: 1 });
    expect(byDate.get(dayIn(new Date(now - 10 * DAY)))).toMatchObject({ all: 1, featured: 1 });
    expect(byDate.get(dayIn(new Date()))).toMatchObject({ all: 2, featured: 1 }); // the course's own two
    expect(stats.totals).toMatchObject({ comments: 6, featured: 3, pending: 2, openReports: 1 });

    // Waits in the window: ~0 h (the course's own), 10 h, 30 h → median 10 h.
    expect(stats.timeToFeature.sampleSize).toBe(3);
    expect(stats.timeToFeature.medianHours).toBeCloseTo(10, 3);
    expect(Object.fromEntries(stats.timeToFeature.buckets.map((b) => [b.bucket, b.count]))).toEqual({
      under1h: 1,
      "1to6h": 0,
      "6to24h": 1,
      "1to3d": 1,
      over3d: 0,
    });

    expect(stats.topLiked.map((c) => c.likeCount)).toEqual([20, 9, 3, 1]);
    expect(stats.topLiked[0]!.article.href).toBe(`/courses/${a.course.slug}/articles/${a.lesson.slug}`);

    expect(stats.activeLearners[0]).toMatchObject({ name: "Busy learner", comments: 4, featured: 2, replies: 0 });
    expect(stats.activeLearners[1]).toMatchObject({ name: "Learner A", comments: 2, featured: 1, replies: 1 });
    expect(stats.activeLearners.map((l) => l.name)).not.toContain("Instructor A");
  });

  it("an empty course has thirty empty days and no median", async () => {
    const a = await createStudioCourse(db, "A");
    await db.comment.deleteMany({ where: { courseId: a.course.id } });
    const stats = await getCourseAnalytics(a.users.instructor, a.course.slug);
    expect(stats.days.every((d) => d.all === 0 && d.featured === 0)).toBe(true);
    expect(stats.timeToFeature).toMatchObject({ medianHours: null, sampleSize: 0 });
    expect(stats.topLiked).toEqual([]);
    expect(stats.activeLearners).toEqual([]);
  });
});
