import { getArticle } from "@/lib/articles/queries";
import type { CurrentUser } from "@/lib/auth/session";
import { getCourse } from "@/lib/courses/queries";
import { createEssay, updateEssay } from "@/lib/essays/mutations";
import { getEssay, getOwnEssay, getReviewDesk, listMyEssaysInCourse } from "@/lib/essays/queries";
import { UpdateEssaySchema, type UpdateEssayInput } from "@/lib/essays/schema";
import { listNotifications } from "@/lib/notifications";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect } from "../../prisma/factories";
import { createWorld, type World } from "../../prisma/world";

const db = connect(process.env.DATABASE_URL!);
let w: World;
beforeAll(async () => {
  w = await createWorld(db);
});
afterAll(() => db.$disconnect());

const TEXT = { title: "What queues taught me", body: "## Little's law\n\nL = λW, and it held in production." };

/** A new essay by the world's author, moved to `status` through the real transitions. */
async function essayIn(status: "draft" | "submitted" | "returned" | "published", world = w) {
  const essay = await createEssay(world.users.author, world.course.slug, TEXT);
  if (status === "draft") return essay;
  await updateEssay(world.users.author, essay.id, { action: "submit" });
  if (status === "returned")
    await updateEssay(world.users.instructor, essay.id, { action: "return", note: "Say more about W." });
  if (status === "published") await updateEssay(world.users.instructor, essay.id, { action: "publish" });
  return essay;
}

const attempt = (user: CurrentUser, id: string, input: UpdateEssayInput) =>
  updateEssay(user, id, input).then(
    () => "ok",
    (err: { code?: string }) => err.code ?? String(err),
  );

describe("creating a draft", () => {
  it("is for members of the course: visitors 401 (at the route), outsiders 403, unknown course 404", async () => {
    await expect(createEssay(w.users.outsider, w.course.slug, TEXT)).rejects.toMatchObject({ code: "forbidden" });
    await expect(createEssay(w.users.otherInstructor, w.course.slug, TEXT)).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(createEssay(w.users.member, "no-such-course", TEXT)).rejects.toMatchObject({ code: "not_found" });
    const essay = await createEssay(w.users.member, w.course.slug, { title: "", body: "" });
    expect(essay).toMatchObject({
      status: "draft",
      title: "",
      body: "",
      author: { id: w.users.member.id },
      course: { slug: w.course.slug },
    });
  });

  it("lists only the viewer's own essays in the course", async () => {
    const mine = await createEssay(w.users.member, w.course.slug, TEXT);
    const theirs = await createEssay(w.users.author, w.course.slug, TEXT);
    const ids = (await listMyEssaysInCourse(w.users.member, w.course.slug)).map((e) => e.id);
    expect(ids).toContain(mine.id);
    expect(ids).not.toContain(theirs.id);
  });
});

describe("who may do what, in every state", () => {
  const roles = ["author", "member", "instructor", "otherInstructor", "outsider", "admin"] as const;
  // 404: cannot see it; 403: sees it, may not; 409: may, but not from this state.
  const table: Record<
    string,
    {
      status: "draft" | "submitted" | "returned" | "published";
      input: UpdateEssayInput;
      want: Record<(typeof roles)[number], string>;
    }
  > = {
    "edit a draft": {
      status: "draft",
      input: { action: "edit", body: "changed" },
      want: {
        author: "ok",
        member: "not_found",
        instructor: "forbidden",
        otherInstructor: "not_found",
        outsider: "not_found",
        admin: "forbidden",
      },
    },
    "edit a submitted essay": {
      status: "submitted",
      input: { action: "edit", body: "changed" },
      want: {
        author: "conflict",
        member: "not_found",
        instructor: "forbidden",
        otherInstructor: "not_found",
        outsider: "not_found",
        admin: "forbidden",
      },
    },
    "edit a published essay": {
      status: "published",
      input: { action: "edit", body: "changed" },
      want: {
        author: "conflict",
        member: "forbidden",
        instructor: "forbidden",
        otherInstructor: "forbidden",
        outsider: "forbidden",
        admin: "forbidden",
      },
    },
    "submit a draft": {
      status: "draft",
      input: { action: "submit" },
      want: {
        author: "ok",
        member: "not_found",
        instructor: "forbidden",
        otherInstructor: "not_found",
        outsider: "not_found",
        admin: "forbidden",
      },
    },
    "publish a submitted essay": {
      status: "submitted",
      input: { action: "publish" },
      want: {
        author: "forbidden",
        member: "not_found",
        instructor: "ok",
        otherInstructor: "not_found",
        outsider: "not_found",
        admin: "ok",
      },
    },
    "publish a draft": {
      status: "draft",
      input: { action: "publish" },
      want: {
        author: "forbidden",
        member: "not_found",
        instructor: "conflict",
        otherInstructor: "not_found",
        outsider: "not_found",
        admin: "conflict",
      },
    },
    "return a submitted essay": {
      status: "submitted",
      input: { action: "return", note: "More, please." },
      want: {
        author: "forbidden",
        member: "not_found",
        instructor: "ok",
        otherInstructor: "not_found",
        outsider: "not_found",
        admin: "ok",
      },
    },
    "return a published essay": {
      status: "published",
      input: { action: "return", note: "Too late." },
      want: {
        author: "forbidden",
        member: "forbidden",
        instructor: "conflict",
        otherInstructor: "forbidden",
        outsider: "forbidden",
        admin: "conflict",
      },
    },
    "pin a published essay": {
      status: "published",
      input: { action: "pin", storyPinned: true },
      want: {
        author: "forbidden",
        member: "forbidden",
        instructor: "ok",
        otherInstructor: "forbidden",
        outsider: "forbidden",
        admin: "ok",
      },
    },
    "pin a submitted essay": {
      status: "submitted",
      input: { action: "pin", storyPinned: true },
      want: {
        author: "forbidden",
        member: "not_found",
        instructor: "conflict",
        otherInstructor: "not_found",
        outsider: "not_found",
        admin: "conflict",
      },
    },
  };
  for (const [name, { status, input, want }] of Object.entries(table)) {
    for (const role of roles) {
      it(`${role}: ${name} → ${want[role]}`, async () => {
        const essay = await essayIn(status);
        expect(await attempt(w.users[role], essay.id, input)).toBe(want[role]);
      });
    }
  }

  it("a learner cannot publish even their own submitted essay", async () => {
    const essay = await essayIn("submitted");
    await expect(updateEssay(w.users.author, essay.id, { action: "publish" })).rejects.toMatchObject({
      code: "forbidden",
    });
    expect((await db.article.findUniqueOrThrow({ where: { id: essay.id } })).status).toBe("SUBMITTED");
  });

  it("lessons are not edited through the essay route: 403 when visible, 404 when not", async () => {
    expect(await attempt(w.users.instructor, w.article.id, { action: "edit", title: "x" })).toBe("forbidden");
    expect(await attempt(w.users.author, w.article.id, { action: "publish" })).toBe("forbidden");
    const draftLesson = await db.article.create({
      data: {
        courseId: w.course.id,
        authorId: w.users.instructor.id,
        kind: "LESSON",
        status: "DRAFT",
        slug: `draft-lesson-${Date.now()}`,
        title: "Soon",
        body: "…",
      },
    });
    expect(await attempt(w.users.member, draftLesson.id, { action: "edit", title: "x" })).toBe("not_found");
    expect(await attempt(w.users.member, "no-such-article", { action: "edit", title: "x" })).toBe("not_found");
  });

  it("submitting needs a title and a body", async () => {
    const essay = await createEssay(w.users.author, w.course.slug, { title: "  ", body: "" });
    await expect(updateEssay(w.users.author, essay.id, { action: "submit" })).rejects.toMatchObject({
      name: "ZodError",
    });
    const submitted = await updateEssay(w.users.author, essay.id, {
      action: "submit",
      title: " Final title ",
      body: "Final body",
    });
    expect(submitted).toMatchObject({ status: "submitted", title: "Final title", body: "Final body" });
  });
});

describe("the life of an essay", () => {
  it("draft → submitted → returned → submitted → published, with audit events and notifications", async () => {
    const essay = await createEssay(w.users.author, w.course.slug, { title: "Draft", body: "First words" });
    await updateEssay(w.users.author, essay.id, {
      action: "edit",
      title: "Idempotency everywhere",
      body: "Retries are fine.",
    });
    expect(await updateEssay(w.users.author, essay.id, { action: "submit" })).toMatchObject({ status: "submitted" });

    const returned = await updateEssay(w.users.instructor, essay.id, {
      action: "return",
      note: "Add the numbers from your incident.",
    });
    expect(returned).toMatchObject({ status: "returned", returnNote: "Add the numbers from your incident." });
    const inbox = await listNotifications(w.users.author);
    expect(inbox.items[0]).toMatchObject({
      kind: "essay_returned",
      note: "Add the numbers from your incident.",
      isRead: false,
    });

    // The author revises the returned essay and submits again.
    await updateEssay(w.users.author, essay.id, {
      action: "edit",
      body: "Retries are fine: 3 duplicates a week became 0.",
    });
    expect(await updateEssay(w.users.author, essay.id, { action: "submit" })).toMatchObject({ status: "submitted" });

    const published = await updateEssay(w.users.instructor, essay.id, { action: "publish" });
    expect(published).toMatchObject({
      status: "published",
      returnNote: null,
      body: "Retries are fine: 3 duplicates a week became 0.",
    });
    expect(published.publishedAt).not.toBeNull();
    expect(published.href).toMatch(
      new RegExp(`^/courses/${w.course.slug}/articles/idempotency-everywhere-[0-9a-f]{6}$`),
    );
    const latest = (await listNotifications(w.users.author)).items[0];
    expect(latest).toMatchObject({
      kind: "essay_published",
      article: { title: "Idempotency everywhere", href: published.href },
    });

    const events = await db.auditEvent.findMany({ where: { targetId: essay.id }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => [e.action, e.actorId, e.after])).toEqual([
      ["essay.create", w.users.author.id, { status: "DRAFT" }],
      ["essay.submit", w.users.author.id, { status: "SUBMITTED" }],
      ["essay.return", w.users.instructor.id, { status: "RETURNED", note: "Add the numbers from your incident." }],
      ["essay.submit", w.users.author.id, { status: "SUBMITTED" }],
      ["essay.publish", w.users.instructor.id, { status: "PUBLISHED" }],
    ]);
    expect(events.every((e) => e.courseId === w.course.id && e.targetType === "article")).toBe(true);
    const kinds = await db.notification.findMany({
      where: { userId: w.users.author.id, payload: { path: ["articleId"], equals: essay.id } },
      orderBy: { createdAt: "asc" },
    });
    expect(kinds.map((n) => [n.kind, n.payload])).toEqual([
      ["ESSAY_RETURNED", { articleId: essay.id, note: "Add the numbers from your incident." }],
      ["ESSAY_PUBLISHED", { articleId: essay.id }],
    ]);
  });

  it("a published essay is visible to visitors; an unpublished one only to its author and the course's curators", async () => {
    const draft = await essayIn("submitted");
    await expect(getArticle(null, draft.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(getArticle(w.users.member, draft.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(getArticle(w.users.otherInstructor, draft.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(getArticle(w.users.author, draft.id)).resolves.toBeTruthy();
    await expect(getArticle(w.users.instructor, draft.id)).resolves.toBeTruthy();
    expect((await getCourse(null, w.course.slug)).stories.map((s) => s.id)).not.toContain(draft.id);

    const published = await essayIn("published");
    await expect(getArticle(null, published.id)).resolves.toMatchObject({
      article: { kind: "essay", status: "published" },
    });
    await expect(getEssay(null, published.id)).resolves.toBeTruthy();
    expect((await getCourse(null, w.course.slug)).stories.map((s) => s.id)).toContain(published.id);
  });

  it("pinning puts a published essay at the top of Learner stories, and is audited", async () => {
    const fresh = await createWorld(db); // a course with no stories yet
    const first = await essayIn("published", fresh);
    const second = await essayIn("published", fresh);
    const stories = async () => (await getCourse(null, fresh.course.slug)).stories.map((s) => [s.id, s.isStoryPinned]);
    expect(await stories()).toEqual([
      [second.id, false],
      [first.id, false],
    ]); // newest first
    expect(await updateEssay(fresh.users.instructor, first.id, { action: "pin", storyPinned: true })).toMatchObject({
      storyPinned: true,
    });
    expect(await stories()).toEqual([
      [first.id, true],
      [second.id, false],
    ]);
    await updateEssay(fresh.users.admin, first.id, { action: "pin", storyPinned: false });
    expect(await stories()).toEqual([
      [second.id, false],
      [first.id, false],
    ]);
    const events = await db.auditEvent.findMany({
      where: { targetId: first.id, action: "essay.pin" },
      orderBy: { createdAt: "asc" },
    });
    expect(events.map((e) => [e.actorId, e.before, e.after])).toEqual([
      [fresh.users.instructor.id, { storyPinned: false }, { storyPinned: true }],
      [fresh.users.admin.id, { storyPinned: true }, { storyPinned: false }],
    ]);
  });

  it("two curators acting on one submission at once: one wins, the other gets a conflict", async () => {
    const essay = await essayIn("submitted");
    const results = await Promise.all([
      attempt(w.users.instructor, essay.id, { action: "publish" }),
      attempt(w.users.admin, essay.id, { action: "return", note: "No." }),
    ]);
    expect([...results].sort()).toEqual(["conflict", "ok"]);
    expect(
      await db.auditEvent.count({ where: { targetId: essay.id, action: { in: ["essay.publish", "essay.return"] } } }),
    ).toBe(1);
  });

  it("an instructor publishing their own essay notifies nobody", async () => {
    const essay = await createEssay(w.users.instructor, w.course.slug, TEXT);
    await updateEssay(w.users.instructor, essay.id, { action: "submit" });
    await updateEssay(w.users.instructor, essay.id, { action: "publish" });
    expect(await db.notification.count({ where: { payload: { path: ["articleId"], equals: essay.id } } })).toBe(0);
  });
});

describe("reading", () => {
  it("the editor opens only for the author", async () => {
    const essay = await essayIn("draft");
    await expect(getOwnEssay(w.users.author, essay.id)).resolves.toBeTruthy();
    await expect(getOwnEssay(w.users.instructor, essay.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(getOwnEssay(w.users.member, essay.id)).rejects.toMatchObject({ code: "not_found" });
  });

  it("the review desk shows submitted essays of the instructor's own courses only", async () => {
    const essay = await essayIn("submitted");
    expect((await getReviewDesk(w.users.instructor)).submitted.map((e) => e.id)).toContain(essay.id);
    expect((await getReviewDesk(w.users.admin)).submitted.map((e) => e.id)).toContain(essay.id);
    const other = await getReviewDesk(w.users.otherInstructor);
    expect(other.canReview).toBe(true);
    expect(other.submitted.map((e) => e.id)).not.toContain(essay.id);
    expect(other.submitted.every((e) => e.course.id !== w.course.id)).toBe(true);
    expect(await getReviewDesk(w.users.member)).toEqual({ canReview: false, submitted: [], published: [] });
  });
});

describe("the PATCH body", () => {
  it("accepts the documented shapes and names their actions", () => {
    expect(UpdateEssaySchema.parse({ title: "t" })).toEqual({ action: "edit", title: "t" });
    expect(UpdateEssaySchema.parse({ action: "submit" })).toEqual({ action: "submit" });
    expect(UpdateEssaySchema.parse({ action: "return", note: " why " })).toEqual({ action: "return", note: "why" });
    expect(UpdateEssaySchema.parse({ storyPinned: true })).toEqual({ action: "pin", storyPinned: true });
  });

  it("rejects the rest with field-level issues", () => {
    const issues = (v: unknown) => UpdateEssaySchema.safeParse(v).error?.issues.map((i) => i.path.join("."));
    expect(issues({ action: "return", note: "  " })).toEqual(["note"]);
    expect(issues({})).toEqual([""]);
    expect(issues({ action: "publish", title: "sneaky" })).toEqual([""]);
    expect(issues({ action: "delete" })).toEqual(["action"]);
    expect(issues({ title: "x", storyPinned: true })).toEqual([""]);
    expect(issues("publish")).toBeTruthy();
  });
});
