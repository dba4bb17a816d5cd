import { getCourseHealth } from "@/lib/studio/health";
import { afterAll, describe, expect, it } from "vitest";
import { addMember, connect, createCourse, createLesson, createUser } from "../../prisma/factories";
import { asCurrent } from "../../prisma/world";
import { codeOf, createStudioCourse } from "./courses";

const db = connect(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

const HOUR = 3600_000;

/**
 * A course where every health figure is known by hand: two instructors, an admin, four
 * learners, comments with chosen ages and waits, replies of every kind, and audit events.
 */
async function constructedCourse() {
  const course = await createCourse(db, { title: "Health" });
  const [i1, i2, admin, l1, l2, l3, l4] = await Promise.all([
    createUser(db, { name: "Ines" }),
    createUser(db, { name: "Ivo" }),
    createUser(db, { name: "Ada Admin", role: "ADMIN" }),
    createUser(db, { name: "L1" }),
    createUser(db, { name: "L2" }),
    createUser(db, { name: "L3" }),
    createUser(db, { name: "L4" }),
  ]);
  await addMember(db, course.id, i1.id, "INSTRUCTOR");
  await addMember(db, course.id, i2.id, "INSTRUCTOR");
  for (const l of [l1, l2, l3, l4]) await addMember(db, course.id, l.id);
  const lesson = await createLesson(db, course.id, i1.id, { position: 1 });
  const now = Date.now();
  const base = new Date(now - 7 * 24 * HOUR);
  const comment = (
    author: { id: string },
    body: string,
    opts: { status?: "PENDING" | "FEATURED" | "HIDDEN"; ageHours?: number; waitHours?: number; deleted?: boolean },
  ) => {
    const createdAt = opts.ageHours === undefined ? base : new Date(now - opts.ageHours * HOUR);
    return db.comment.create({
      data: {
        courseId: course.id,
        articleId: lesson.id,
        authorId: author.id,
        body,
        status: opts.status ?? "PENDING",
        createdAt,
        featuredAt: opts.waitHours === undefined ? null : new Date(createdAt.getTime() + opts.waitHours * HOUR),
        deletedAt: opts.deleted ? new Date() : null,
      },
    });
  };
  const reply = (
    commentId: string,
    author: { id: string },
    opts: { isAuthorReply?: boolean; status?: "PENDING" | "PUBLISHED"; ageHours?: number; hidden?: boolean },
  ) =>
    db.reply.create({
      data: {
        commentId,
        authorId: author.id,
        body: "A reply.",
        isAuthorReply: opts.isAuthorReply ?? false,
        status: opts.status ?? "PUBLISHED",
        createdAt: new Date(now - (opts.ageHours ?? 1) * HOUR),
        hiddenAt: opts.hidden ? new Date() : null,
      },
    });

  // Waits to be featured: 1, 3, 5, 11 and 21 hours (c7 was featured, then hidden: still "ever featured").
  const c1 = await comment(l1, "Why does this work?", { status: "FEATURED", waitHours: 1 });
  const c2 = await comment(l1, "How do I start?", { status: "FEATURED", waitHours: 3 });
  const c3 = await comment(l1, "Nice explanation.", { status: "FEATURED", waitHours: 5 });
  const c4 = await comment(l2, "What about the edge case？", { status: "FEATURED", waitHours: 11 });
  await comment(l2, "Old and waiting.", { ageHours: 72 });
  await comment(l3, "Fresh and waiting.", { ageHours: 10 });
  await comment(l3, "Was featured once?", { status: "HIDDEN", waitHours: 21 });
  await comment(l4, "Gone.", { ageHours: 50, deleted: true });
  await comment(l4, "Never featured.", { status: "HIDDEN" });

  await reply(c1.id, i1, { isAuthorReply: true }); // c1 is answered
  await reply(c2.id, l3, {}); // a learner's reply is no answer
  await reply(c2.id, i2, { isAuthorReply: true, status: "PENDING" }); // nor is an unpublished one
  await reply(c4.id, i1, { isAuthorReply: true, hidden: true }); // nor a hidden one
  await reply(c3.id, l2, { status: "PENDING", ageHours: 60 }); // overdue
  await reply(c3.id, l4, { status: "PENDING", ageHours: 60, hidden: true }); // hidden: not waiting
  await reply(c3.id, l4, { status: "PENDING", ageHours: 5 }); // not overdue yet

  const other = await createCourse(db);
  const event = (actor: { id: string }, action: string, opts: { daysAgo?: number; courseId?: string } = {}) =>
    db.auditEvent.create({
      data: {
        courseId: opts.courseId ?? course.id,
        actorId: actor.id,
        action,
        targetType: "article",
        targetId: lesson.id,
        createdAt: new Date(now - (opts.daysAgo ?? 1) * 24 * HOUR),
      },
    });
  await Promise.all([
    event(i1, "comment.curate"),
    event(i1, "comment.curate"),
    event(i1, "comment.link"),
    event(i2, "comment.curate"),
    event(i2, "reply.hide"),
    event(admin, "report.dismiss"),
    event(i1, "comment.curate", { daysAgo: 100 }), // outside the 90-day window
    event(i1, "lesson.publish"), // not curation
    event(l1, "reply.edit"), // a learner's own reply is not curation work
    event(i2, "comment.curate", { courseId: other.id }), // another course
  ]);
  return { course, i1: asCurrent(i1), i2: asCurrent(i2), admin: asCurrent(admin, "ADMIN"), c2, c4 };
}

describe("curation health", () => {
  it("computes every figure of a course built by hand", async () => {
    const { course, i1, i2, admin, c2, c4 } = await constructedCourse();
    const h = await getCourseHealth(i1, course.slug);

    // Waits 1, 3, 5, 11, 21 h: p50 = 5; p90 sits at rank 0.9·4 = 3.6, so 11 + 0.6·(21 − 11) = 17.
    expect(h.timeToFeatureHours.sampleSize).toBe(5);
    expect(h.timeToFeatureHours.p50).toBeCloseTo(5, 6);
    expect(h.timeToFeatureHours.p90).toBeCloseTo(17, 6);

    // The 72-hour-old comment and the 60-hour-old reply.
    expect(h.pendingOver48hParts).toEqual({ comments: 1, replies: 1 });
    expect(h.pendingOver48h).toBe(2);

    // Features per learner: L1 3, L2 1, L3 1, L4 0 → 3 of 4 featured.
    expect(h.commentingLearners).toBe(4);
    expect(h.featuredLearners).toBe(3);
    expect(h.learnersFeaturedShare).toBe(0.75);
    expect(h.featureSpread).toEqual([
      { features: "0", learners: 1 },
      { features: "1", learners: 2 },
      { features: "2", learners: 0 },
      { features: "3+", learners: 1 },
    ]);
    // Gini of (0, 1, 1, 3): Σ|xi − xj| over ordered pairs = 18; 18 / (2 · 4² · 1.25) = 0.45.
    expect(h.featureGini).toBeCloseTo(0.45, 9);

    // c2 (only a learner's and a pending author reply) and c4 (its author reply is hidden), oldest feature first.
    expect(h.unansweredFeatured).toBe(2);
    expect(h.unansweredSample.map((c) => c.id)).toEqual([c2.id, c4.id]);
    expect(h.unansweredSample[0]).toMatchObject({ authorName: "L1", excerpt: "How do I start?" });
    expect(h.unansweredSample[0]!.href).toMatch(new RegExp(`^/courses/${course.slug}/articles/.+#comment-${c2.id}$`));

    expect(h.perInstructor).toEqual([
      { id: i1.id, name: "Ines", actions: 3, share: 0.5 },
      { id: i2.id, name: "Ivo", actions: 2, share: 2 / 6 },
      { id: admin.id, name: "Ada Admin", actions: 1, share: 1 / 6 },
    ]);

    // Admins see every course's health; the figures do not depend on who asks.
    expect(await getCourseHealth(admin, course.slug)).toEqual(h);
  });

  it("an empty course has no figures to speak of", async () => {
    const course = await createCourse(db);
    const instructor = await createUser(db);
    await addMember(db, course.id, instructor.id, "INSTRUCTOR");
    const h = await getCourseHealth(asCurrent(instructor), course.slug);
    expect(h).toMatchObject({
      timeToFeatureHours: { p50: null, p90: null, sampleSize: 0 },
      pendingOver48h: 0,
      learnersFeaturedShare: null,
      commentingLearners: 0,
      featureGini: null,
      unansweredFeatured: 0,
      unansweredSample: [],
      perInstructor: [],
    });
  });

  it("learners and instructors of other courses are turned away; unknown courses are not found", async () => {
    const a = await createStudioCourse(db, "A");
    const b = await createStudioCourse(db, "B");
    expect(await codeOf(getCourseHealth(b.users.instructor, a.course.slug))).toBe("forbidden");
    expect(await codeOf(getCourseHealth(a.users.learner, a.course.slug))).toBe("forbidden");
    expect(await codeOf(getCourseHealth(a.users.instructor, "no-such-course"))).toBe("not_found");
    expect((await getCourseHealth(a.users.instructor, a.course.slug)).course.id).toBe(a.course.id);
  });
});
