import { articleCacheNamespace } from "@/lib/articles/queries";
import { cacheVersion } from "@/lib/cache";
import { listReplies } from "@/lib/comments/replies";
import { currentEventId, replay } from "@/lib/events/replay";
import { listResolvedReports, resolveReport } from "@/lib/studio/reports";
import { afterAll, describe, expect, it } from "vitest";
import { connect, createUser } from "../../prisma/factories";
import { codeOf, createStudioCourse } from "./courses";

const db = connect(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

const auditOf = (targetIds: string[]) =>
  db.auditEvent.findMany({
    where: { targetId: { in: targetIds } },
    orderBy: { createdAt: "asc" },
    select: { action: true, actorId: true, targetType: true, targetId: true, after: true },
  });

describe("resolving reports", () => {
  it("hiding a reported comment hides it, settles every open report of it and audits both", async () => {
    const a = await createStudioCourse(db, "A");
    const second = await db.report.create({
      data: {
        courseId: a.course.id,
        commentId: a.featured.id,
        reporterId: (await createUser(db)).id,
        reason: "off topic",
      },
    });
    const instructor = a.users.instructor;

    const result = await resolveReport(instructor, a.report.id, { action: "hide" });
    expect(result).toMatchObject({ id: a.report.id, status: "resolved" });
    expect(result.resolvedIds.sort()).toEqual([a.report.id, second.id].sort());

    expect((await db.comment.findUniqueOrThrow({ where: { id: a.featured.id } })).status).toBe("HIDDEN");
    expect((await db.article.findUniqueOrThrow({ where: { id: a.lesson.id } })).featuredCommentCount).toBe(0);
    for (const r of await db.report.findMany({ where: { id: { in: [a.report.id, second.id] } } })) {
      expect(r).toMatchObject({ status: "RESOLVED", resolvedById: instructor.id, resolvedAt: expect.any(Date) });
    }
    const events = await auditOf([a.featured.id, a.report.id, second.id]);
    expect(events.map((e) => [e.action, e.targetType, e.actorId])).toEqual(
      expect.arrayContaining([
        ["comment.curate", "comment", instructor.id],
        ["report.resolve", "report", instructor.id],
        ["report.resolve", "report", instructor.id],
      ]),
    );
    expect(events).toHaveLength(3);
    expect(await codeOf(resolveReport(instructor, second.id, { action: "dismiss" }))).toBe("conflict");
    expect((await listResolvedReports(instructor)).map((r) => r.status)).toEqual(["resolved", "resolved"]);
  });

  it("hiding a reported reply sets hiddenAt, drops the reply count by one in the same step, refreshes the cached thread and tells viewers", async () => {
    const a = await createStudioCourse(db, "A");
    const report = await db.report.create({
      data: { courseId: a.course.id, replyId: a.reply.id, reporterId: a.users.reporter.id, reason: "rude reply" },
    });
    const version = cacheVersion(articleCacheNamespace(a.lesson.id));
    const since = await currentEventId(a.lesson.id);

    const result = await resolveReport(a.users.instructor, report.id, { action: "hide" });
    expect(result.resolvedIds).toEqual([report.id]);

    expect((await db.reply.findUniqueOrThrow({ where: { id: a.reply.id } })).hiddenAt).toBeInstanceOf(Date);
    const comment = await db.comment.findUniqueOrThrow({ where: { id: a.featured.id } });
    expect(comment).toMatchObject({ status: "FEATURED", replyCount: 0 });
    expect(cacheVersion(articleCacheNamespace(a.lesson.id))).toBeGreaterThan(version);
    expect((await listReplies(null, a.featured.id, { limit: 10 })).items).toEqual([]);
    const live = (await replay(a.lesson.id, since)).events.map((e) => [e.type, JSON.parse(e.data)]);
    expect(live).toEqual([["reply.hidden", { id: a.reply.id, commentId: a.featured.id, replyCount: 0 }]]);
    const events = await auditOf([a.reply.id, report.id]);
    expect(events.map((e) => e.action).sort()).toEqual(["reply.hide", "report.resolve"]);
    // The comment's own report is a different item and stays open.
    expect((await db.report.findUniqueOrThrow({ where: { id: a.report.id } })).status).toBe("OPEN");
  });

  it("dismissing leaves the item as it was and is audited", async () => {
    const a = await createStudioCourse(db, "A");
    const result = await resolveReport(a.users.instructor, a.report.id, { action: "dismiss" });
    expect(result).toMatchObject({ status: "dismissed", resolvedIds: [a.report.id] });
    expect((await db.comment.findUniqueOrThrow({ where: { id: a.featured.id } })).status).toBe("FEATURED");
    expect((await db.report.findUniqueOrThrow({ where: { id: a.report.id } })).status).toBe("DISMISSED");
    const [event] = await auditOf([a.report.id]);
    expect(event).toMatchObject({
      action: "report.dismiss",
      actorId: a.users.instructor.id,
      after: { status: "DISMISSED", action: "dismiss" },
    });
    expect(await codeOf(resolveReport(a.users.instructor, a.report.id, { action: "hide" }))).toBe("conflict");
    expect((await db.comment.findUniqueOrThrow({ where: { id: a.featured.id } })).status).toBe("FEATURED");
  });

  it("two instructors resolving at once settle the report once", async () => {
    const a = await createStudioCourse(db, "A");
    const colleague = await createUser(db);
    await db.courseMember.create({ data: { courseId: a.course.id, userId: colleague.id, role: "INSTRUCTOR" } });
    const outcomes = await Promise.all([
      codeOf(resolveReport(a.users.instructor, a.report.id, { action: "dismiss" })),
      codeOf(resolveReport({ ...a.users.instructor, id: colleague.id }, a.report.id, { action: "dismiss" })),
    ]);
    expect(outcomes.sort()).toEqual(["conflict", "resolved"]);
    expect(await db.auditEvent.count({ where: { targetId: a.report.id } })).toBe(1);
  });
});
