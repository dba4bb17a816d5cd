import { curateComment } from "@/lib/comments/curation";
import { updateComment } from "@/lib/comments/mutations";
import { bulkCurate, listQueue } from "@/lib/studio/queue";
import { QueueQuerySchema } from "@/lib/studio/schema";
import { afterAll, describe, expect, it } from "vitest";
import { connect, createComment, createLesson } from "../../prisma/factories";
import { codeOf, createStudioCourse } from "./courses";

const db = connect(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

const queue = (input: Record<string, unknown> = {}) => QueueQuerySchema.parse(input);

describe("the queue", () => {
  it("lists pending comments and open reports newest first, paging across both without repeats or gaps", async () => {
    const a = await createStudioCourse(db, "A");
    const base = { courseId: a.course.id, articleId: a.lesson.id, authorId: a.users.learner.id };
    const t0 = Date.now() - 60_000;
    for (let i = 0; i < 5; i++) {
      const c = await createComment(db, { ...base, body: `queued ${i}` });
      await db.comment.update({ where: { id: c.id }, data: { createdAt: new Date(t0 + i * 1000) } });
    }
    const gone = await createComment(db, { ...base, body: "deleted" });
    await db.comment.update({ where: { id: gone.id }, data: { deletedAt: new Date() } });
    await createComment(db, { ...base, status: "HIDDEN", body: "hidden" });

    const all = await listQueue(a.users.instructor, queue({ limit: 50 }));
    expect(all.items).toHaveLength(7); // 5 + the course's own pending comment + its open report
    const times = all.items.map((i) => i.createdAt);
    expect([...times].sort().reverse()).toEqual(times);
    expect(all.items.map((i) => i.comment.body)).not.toContain("deleted");
    expect(all.items.map((i) => i.comment.body)).not.toContain("hidden");

    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listQueue(a.users.instructor, queue({ limit: 2, cursor }));
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(all.items.map((i) => i.id));

    const report = all.items.find((i) => i.kind === "report");
    expect(report).toMatchObject({
      kind: "report",
      reason: "report in A",
      target: "comment",
      article: { title: "Lesson A" },
    });
    const item = all.items.find((i) => i.kind === "comment")!;
    expect(item.article.href).toBe(`/courses/${a.course.slug}/articles/${a.lesson.slug}`);
    expect(item.comment.author.name).toBe("Learner A");
  });

  it("filters by article and by kind", async () => {
    const a = await createStudioCourse(db, "A");
    const second = await createLesson(db, a.course.id, a.users.instructor.id, { title: "Second" });
    const c = await createComment(db, {
      courseId: a.course.id,
      articleId: second.id,
      authorId: a.users.learner.id,
      body: "on the second",
    });
    const onSecond = await listQueue(a.users.instructor, queue({ articleId: second.id }));
    expect(onSecond.items.map((i) => i.id)).toEqual([c.id]);
    const reports = await listQueue(a.users.instructor, queue({ kind: "reports" }));
    expect(reports.items.map((i) => i.id)).toEqual([a.report.id]);
    const comments = await listQueue(a.users.instructor, queue({ kind: "comments", courseId: a.course.id }));
    expect(comments.items.map((i) => i.kind)).toEqual(["comment", "comment"]);
  });
});

describe("bulk curation", () => {
  it("authorizes each comment by its own course and answers per id", async () => {
    const [a, b] = await Promise.all([createStudioCourse(db, "A"), createStudioCourse(db, "B")]);
    const second = await createComment(db, {
      courseId: a.course.id,
      articleId: a.lesson.id,
      authorId: a.users.learner.id,
    });
    const { results } = await bulkCurate(a.users.instructor, {
      action: "feature",
      commentIds: [a.pending.id, second.id, b.pending.id, b.featured.id, "no-such-comment", a.pending.id],
    });
    expect(results).toEqual([
      { id: a.pending.id, ok: true, status: "featured" },
      { id: second.id, ok: true, status: "featured" },
      { id: b.pending.id, ok: false, error: { code: "not_found", message: expect.any(String) } }, // not even visible to A's instructor
      { id: b.featured.id, ok: false, error: { code: "forbidden", message: expect.any(String) } }, // public, but not A's to curate
      { id: "no-such-comment", ok: false, error: { code: "not_found", message: expect.any(String) } },
    ]);
    expect((await db.comment.findUniqueOrThrow({ where: { id: b.pending.id } })).status).toBe("PENDING");
    expect((await db.comment.findUniqueOrThrow({ where: { id: b.featured.id } })).status).toBe("FEATURED");
    expect((await db.article.findUniqueOrThrow({ where: { id: a.lesson.id } })).featuredCommentCount).toBe(3);

    const hidden = await bulkCurate(a.users.instructor, { action: "hide", commentIds: [a.pending.id, b.featured.id] });
    expect(hidden.results.map((r) => r.ok)).toEqual([true, false]);
    expect((await db.article.findUniqueOrThrow({ where: { id: a.lesson.id } })).featuredCommentCount).toBe(2);
    expect((await db.article.findUniqueOrThrow({ where: { id: b.lesson.id } })).featuredCommentCount).toBe(1);
    const audit = await db.auditEvent.count({ where: { targetId: a.pending.id, actorId: a.users.instructor.id } });
    expect(audit).toBe(2);
  });

  it("a learner's bulk request changes nothing", async () => {
    const a = await createStudioCourse(db, "A");
    const { results } = await bulkCurate(a.users.learner, {
      action: "hide",
      commentIds: [a.featured.id, a.pending.id],
    });
    expect(results.map((r) => (r.ok ? "ok" : r.error.code))).toEqual(["forbidden", "forbidden"]);
    expect((await db.comment.findUniqueOrThrow({ where: { id: a.featured.id } })).status).toBe("FEATURED");
  });
});

describe("an edit cannot slip past curation", () => {
  it("featuring a comment edited after the curator loaded it is refused; the text they read can be featured", async () => {
    const a = await createStudioCourse(db, "A");
    const seen = a.pending.updatedAt.toISOString(); // what the curator's queue showed
    await updateComment(a.users.learner, a.pending.id, { body: "Now with a link to my shop" });

    const stale = curateComment(a.users.instructor, a.pending.id, { status: "featured", seenUpdatedAt: seen });
    expect(await codeOf(stale)).toBe("conflict");
    const row = await db.comment.findUniqueOrThrow({ where: { id: a.pending.id } });
    expect(row.status).toBe("PENDING");
    expect((await db.article.findUniqueOrThrow({ where: { id: a.lesson.id } })).featuredCommentCount).toBe(1);
    expect(await db.auditEvent.count({ where: { targetId: a.pending.id } })).toBe(0);

    // Hiding what was read is fine either way; featuring needs the version now shown.
    const featured = await curateComment(a.users.instructor, a.pending.id, {
      status: "featured",
      seenUpdatedAt: row.updatedAt.toISOString(),
    });
    expect(featured).toMatchObject({ status: "featured", body: "Now with a link to my shop" });
  });

  it("bulk featuring refuses, per comment, those edited since they were seen", async () => {
    const a = await createStudioCourse(db, "A");
    const other = await createComment(db, {
      courseId: a.course.id,
      articleId: a.lesson.id,
      authorId: a.users.learner.id,
    });
    const seen = { [a.pending.id]: a.pending.updatedAt.toISOString(), [other.id]: other.updatedAt.toISOString() };
    await updateComment(a.users.learner, other.id, { body: "edited while selected" });

    const { results } = await bulkCurate(a.users.instructor, {
      action: "feature",
      commentIds: [a.pending.id, other.id],
      seen,
    });
    expect(results).toEqual([
      { id: a.pending.id, ok: true, status: "featured" },
      { id: other.id, ok: false, error: { code: "conflict", message: expect.stringContaining("changed") } },
    ]);
    expect((await db.comment.findUniqueOrThrow({ where: { id: other.id } })).status).toBe("PENDING");
  });
});
