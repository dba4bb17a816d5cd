import { POST as createCommentRoute, GET as listCommentsRoute } from "@/app/api/articles/[id]/comments/route";
import { GET as eventsRoute } from "@/app/api/articles/[id]/events/route";
import { GET as getArticleRoute } from "@/app/api/articles/[id]/route";
import { getArticle } from "@/lib/articles/queries";
import type { CurrentUser } from "@/lib/auth/session";
import { invalidate } from "@/lib/cache";
import { createComment } from "@/lib/comments/mutations";
import { getComment, listComments } from "@/lib/comments/queries";
import { listReplies } from "@/lib/comments/replies";
import { courseCacheNamespace } from "@/lib/courses/access";
import { courseOrder, getCourseOutline } from "@/lib/courses/outline";
import { getCourse } from "@/lib/courses/queries";
import type { Prisma } from "@/lib/generated/prisma/client";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { addMember, connect, createCourse, createLesson, createUser } from "../../prisma/factories";
import { asCurrent } from "../../prisma/world";

/** Changes the course as its settings do: the cached course facts go with the change. */
async function setCourse(data: Prisma.CourseUpdateInput) {
  await db.course.update({ where: { id: courseId }, data });
  await invalidate(courseCacheNamespace(courseId));
}

// Issue 13, readers: past the trial of an invite-only course, a non-member gets a lesson's
// title and excerpt, never its body or its discussion; members and curators read everything.
// The routes run with the session replaced by the user each case names.

const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/session", () => ({
  getCurrentUser: async () => session.user,
  requireUser: async () => {
    if (!session.user) throw Object.assign(new Error("Please sign in."), { code: "unauthorized" });
    return session.user;
  },
}));

const db = connect(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

type Who = "visitor" | "outsider" | "learner" | "instructor" | "admin";
const people = {} as Record<Who, CurrentUser | null>;
let courseId: string;
let courseSlug: string;
/** The four live lessons, in course order. */
const lessons: { id: string; hidden: string }[] = [];
let lockedCommentId: string;

const bodyOf = (n: number) =>
  `Lesson ${n} opens with a question worth asking. ${"It builds the idea slowly, one step at a time. ".repeat(6)}` +
  `The hidden sentence of lesson ${n} is for members.`;

beforeAll(async () => {
  const course = await createCourse(db);
  courseId = course.id;
  courseSlug = course.slug;
  await setCourse({ enrollment: "INVITE", trialLessons: 2 });
  const [outsider, learner, instructor, admin] = await Promise.all([
    createUser(db),
    createUser(db),
    createUser(db),
    createUser(db, { role: "ADMIN" }),
  ]);
  await addMember(db, courseId, learner.id, "LEARNER");
  await addMember(db, courseId, instructor.id, "INSTRUCTOR");
  Object.assign(people, {
    visitor: null,
    outsider: asCurrent(outsider),
    learner: asCurrent(learner),
    instructor: asCurrent(instructor),
    admin: asCurrent(admin, "ADMIN"),
  });

  // Course order differs from creation and from position alone: chapter A (position 0) holds
  // lessons 0 and 1, chapter B (position 1) lesson 2, and lesson 3 has no chapter (position 0).
  const chapterB = await db.chapter.create({ data: { courseId, title: "B", position: 1 } });
  const chapterA = await db.chapter.create({ data: { courseId, title: "A", position: 0 } });
  const make = async (n: number, chapterId: string | null, position: number) => {
    const lesson = await createLesson(db, courseId, instructor.id, { body: bodyOf(n), position });
    await db.article.update({
      where: { id: lesson.id },
      data: { chapterId, publishedAt: new Date(Date.now() - 60_000 + n) },
    });
    return { id: lesson.id, hidden: `The hidden sentence of lesson ${n}` };
  };
  const l3 = await make(3, null, 0);
  const l2 = await make(2, chapterB.id, 0);
  const l1 = await make(1, chapterA.id, 2);
  const l0 = await make(0, chapterA.id, 1);
  lessons.push(l0, l1, l2, l3);
  // Neither a draft nor a scheduled lesson counts toward the trial, even placed first.
  const draft = await createLesson(db, courseId, instructor.id, { position: 0 });
  await db.article.update({ where: { id: draft.id }, data: { chapterId: chapterA.id, status: "DRAFT" } });
  const scheduled = await createLesson(db, courseId, instructor.id, { position: 0 });
  await db.article.update({
    where: { id: scheduled.id },
    data: { chapterId: chapterA.id, publishedAt: new Date(Date.now() + 86_400_000) },
  });

  const comment = await db.comment.create({
    data: { courseId, articleId: l2.id, authorId: learner.id, body: "A members' question.", status: "FEATURED" },
  });
  lockedCommentId = comment.id;
});

const as = (who: Who) => {
  session.user = people[who];
  return people[who];
};
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
const get = (path: string) => new Request(`http://localhost${path}`);

describe("lesson order", () => {
  it("counts live lessons by chapter position, then lesson position, unchaptered last", async () => {
    const order = courseOrder(await getCourseOutline(courseId, { includeUnpublished: false }));
    expect(order.map((l) => [l.id, l.ordinal])).toEqual(lessons.map((l, i) => [l.id, i]));
  });
});

describe("an invite-only course with two trial lessons", () => {
  it.each(["visitor", "outsider"] as const)("%s reads lessons 0–1 in full and only the excerpt of 2–3", async (who) => {
    const viewer = as(who);
    for (const [i, lesson] of lessons.entries()) {
      const { article } = await getArticle(viewer, lesson.id);
      const res = await getArticleRoute(get(`/api/articles/${lesson.id}`), ctx(lesson.id));
      expect(res.status).toBe(200);
      const json = (await res.json()) as Record<string, unknown>;
      if (i < 2) {
        expect(article).toMatchObject({ locked: false, body: bodyOf(i) });
        expect(json).toMatchObject({ locked: false, body: bodyOf(i) });
      } else {
        expect(article.locked).toBe(true);
        expect(article).not.toHaveProperty("body");
        expect(json).toMatchObject({ locked: true, title: article.title });
        expect(json).not.toHaveProperty("body");
        expect(json.excerpt).toMatch(new RegExp(`^Lesson ${i} opens with a question`));
        expect(JSON.stringify(json)).not.toContain(lesson.hidden);
      }
    }
  });

  it.each(["learner", "instructor", "admin"] as const)("%s reads every lesson in full", async (who) => {
    const viewer = as(who);
    for (const [i, lesson] of lessons.entries()) {
      expect((await getArticle(viewer, lesson.id)).article).toMatchObject({ locked: false, body: bodyOf(i) });
    }
  });

  it("the course page marks lessons 2–3 locked for an outsider, none for a learner", async () => {
    const outsiderView = await getCourse(people.outsider, courseSlug);
    expect(outsiderView.lessons.map((l) => [l.id, l.locked])).toEqual(lessons.map((l, i) => [l.id, i >= 2]));
    expect(outsiderView.chapters.map((c) => [c.title, c.lessons.length])).toEqual([
      ["A", 2],
      ["B", 1],
    ]);
    expect(outsiderView).toMatchObject({ enrollment: "invite", trialLessons: 2, archived: false, lessonCount: 4 });
    const learnerView = await getCourse(people.learner, courseSlug);
    expect(learnerView.lessons.every((l) => !l.locked)).toBe(true);
  });

  it("gives an outsider none of a locked lesson's discussion: comments, one comment, replies, live events (403)", async () => {
    const outsider = as("outsider");
    const lockedId = lessons[2]!.id;
    const q = { sort: "top", limit: 20, status: "featured" } as const;
    await expect(listComments(outsider, lockedId, q)).rejects.toMatchObject({ code: "forbidden" });
    await expect(getComment(outsider, lockedCommentId)).rejects.toMatchObject({ code: "forbidden" });
    await expect(listReplies(outsider, lockedCommentId, { limit: 20 })).rejects.toMatchObject({ code: "forbidden" });
    const list = await listCommentsRoute(get(`/api/articles/${lockedId}/comments`), ctx(lockedId));
    expect(list.status).toBe(403);
    expect(JSON.stringify(await list.json())).not.toContain("members' question");
    const events = await eventsRoute(get(`/api/articles/${lockedId}/events`), ctx(lockedId));
    expect(events.status).toBe(403);
    as("visitor");
    expect((await listCommentsRoute(get(`/api/articles/${lockedId}/comments`), ctx(lockedId))).status).toBe(403);
    // A trial lesson's discussion stays open to them, and a member sees the locked one's.
    expect((await listComments(outsider, lessons[0]!.id, q)).items).toEqual([]);
    expect((await listComments(people.learner, lockedId, q)).items.map((c) => c.id)).toEqual([lockedCommentId]);
  });
});

describe("an open course", () => {
  it("has no locks, whoever reads", async () => {
    await setCourse({ enrollment: "OPEN" });
    try {
      for (const who of ["visitor", "outsider"] as const) {
        for (const lesson of lessons) {
          expect((await getArticle(as(who), lesson.id)).article.locked).toBe(false);
        }
        expect((await getCourse(people[who], courseSlug)).lessons.some((l) => l.locked)).toBe(false);
      }
    } finally {
      await setCourse({ enrollment: "INVITE" });
    }
  });
});

describe("an archived course", () => {
  it("refuses a new comment (403) but still reads", async () => {
    await setCourse({ archivedAt: new Date() });
    try {
      const learner = as("learner");
      const lessonId = lessons[3]!.id;
      await expect(createComment(learner!, lessonId, { body: "Still here?" })).rejects.toMatchObject({
        code: "forbidden",
        message: expect.stringContaining("archived"),
      });
      const res = await createCommentRoute(
        new Request(`http://localhost/api/articles/${lessonId}/comments`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ body: "Still here?" }),
        }),
        ctx(lessonId),
      );
      expect(res.status).toBe(403);
      expect(await db.comment.count({ where: { articleId: lessonId } })).toBe(0);
      expect((await getArticle(learner, lessonId)).article).toMatchObject({ locked: false, body: bodyOf(3) });
    } finally {
      await setCourse({ archivedAt: null });
    }
  });
});
