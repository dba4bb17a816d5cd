import type { Page } from "@playwright/test";
import type { QueueNoticeData } from "../lib/events/schema";
import { addMember, createComment, createCourse, createLesson, createUser, type TestUser } from "../prisma/factories";
import { api, json, signIn as signInApi, sleep, SseReader } from "../tests/support/http";
import { expect, LIVE_MS, signIn, test } from "./fixtures";

// The studio queue live: comments that arrive show up without reloading, and items another
// curator dealt with leave. Its notices say only where something changed, and only to the
// curators of that course.

/** Signs the instructor in and opens the queue of `courseId`, subscribed to its notices; returns its items. */
async function openQueue(page: Page, teacher: TestUser, courseId: string) {
  await signIn(page, teacher.email, teacher.password);
  await page.goto(`/studio?courseId=${courseId}`);
  await expect(page.locator('[data-live="live"]')).toBeAttached();
  return page.getByRole("list", { name: "Items to curate" }).getByRole("article");
}

test("the queue updates live: a new comment arrives, one featured by another instructor leaves", async ({
  page,
  db,
  baseURL,
}) => {
  const base = baseURL!;
  const course = await createCourse(db);
  const [teacher, coTeacher, learner] = [
    await createUser(db, { name: "Teacher Live Q" }),
    await createUser(db),
    await createUser(db, { name: "Learner Live Q" }),
  ];
  await addMember(db, course.id, teacher.id, "INSTRUCTOR");
  await addMember(db, course.id, coTeacher.id, "INSTRUCTOR");
  await addMember(db, course.id, learner.id);
  const lesson = await createLesson(db, course.id, teacher.id, { title: "Thundering herds" });
  const waiting = await createComment(db, {
    courseId: course.id,
    articleId: lesson.id,
    authorId: learner.id,
    body: "Already waiting",
  });

  const items = await openQueue(page, teacher, course.id);
  await expect(items).toHaveCount(1);
  await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));

  // A learner comments: it comes in at the top, marked new, and the change is announced.
  const learnerCookie = await signInApi(base, learner.email, learner.password);
  let started = Date.now();
  const posted = await api(base, `/api/articles/${lesson.id}/comments`, {
    method: "POST",
    cookie: learnerCookie,
    body: { body: "Jitter the retries?" },
  });
  expect(posted.status).toBe(201);
  await expect(items).toHaveCount(2, { timeout: LIVE_MS });
  const arrivedAfter = Date.now() - started;
  await expect(items.first()).toContainText("Jitter the retries?");
  await expect(items.first()).toContainText("New");
  await expect(items.nth(1)).not.toContainText("New");
  await expect(page.getByRole("status")).toHaveText("1 new item arrived.");

  // Another instructor features the older one: it leaves this queue.
  const coCookie = await signInApi(base, coTeacher.email, coTeacher.password);
  started = Date.now();
  const featured = await api(base, `/api/comments/${waiting.id}/curation`, {
    method: "PATCH",
    cookie: coCookie,
    body: { status: "featured" },
  });
  expect(featured.status).toBe(200);
  await expect(items).toHaveCount(1, { timeout: LIVE_MS });
  const leftAfter = Date.now() - started;
  await expect(items.first()).toContainText("Jitter the retries?");

  // The one left is handled here as before, and the queue stays clear.
  await items.first().getByRole("button", { name: "Hide" }).click();
  await expect(page.getByRole("heading", { name: "All clear" })).toBeVisible();
  await sleep(600);
  await expect(items).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
  console.log(
    `[live] studio queue: new comment shown after ${arrivedAfter} ms, featured elsewhere gone after ${leftAfter} ms`,
  );
});

test("a comment its author edits while the queue is open shows its new text, marked Edited; the old text cannot be featured", async ({
  page,
  db,
  baseURL,
}) => {
  const base = baseURL!;
  const course = await createCourse(db);
  const [teacher, learner] = [await createUser(db), await createUser(db)];
  await addMember(db, course.id, teacher.id, "INSTRUCTOR");
  await addMember(db, course.id, learner.id);
  const lesson = await createLesson(db, course.id, teacher.id);
  const waiting = await createComment(db, {
    courseId: course.id,
    articleId: lesson.id,
    authorId: learner.id,
    body: "Backpressure keeps queues bounded.",
  });

  const item = await openQueue(page, teacher, course.id);
  await expect(item).toContainText("Backpressure keeps queues bounded.");

  const learnerCookie = await signInApi(base, learner.email, learner.password);
  const edited = await api(base, `/api/comments/${waiting.id}`, {
    method: "PATCH",
    cookie: learnerCookie,
    body: { body: "Backpressure keeps queues bounded. Cheap watches at my shop!" },
  });
  expect(edited.status).toBe(200);
  await expect(item).toContainText("Cheap watches at my shop!", { timeout: LIVE_MS });
  await expect(item).toContainText("Edited");
  await expect(page.getByRole("status")).toHaveText(
    "1 comment was edited by their authors: read the new text before deciding.",
  );

  // Featuring with the version read before the edit is refused, and nothing changes.
  const teacherCookie = await signInApi(base, teacher.email, teacher.password);
  const stale = await api(base, `/api/comments/${waiting.id}/curation`, {
    method: "PATCH",
    cookie: teacherCookie,
    body: { status: "featured", seenUpdatedAt: waiting.updatedAt.toISOString() },
  });
  expect(stale.status).toBe(409);
  expect(stale.json).toEqual({ error: { code: "conflict", message: expect.stringContaining("changed") } });
  expect((await db.comment.findUniqueOrThrow({ where: { id: waiting.id } })).status).toBe("PENDING");

  // What the queue shows now is what it decides on.
  await item.getByRole("button", { name: "Hide" }).click();
  await expect(page.getByRole("heading", { name: "All clear" })).toBeVisible();
  await expect
    .poll(async () => (await db.comment.findUniqueOrThrow({ where: { id: waiting.id } })).status)
    .toBe("HIDDEN");
});

test("a shortcut acts on the focused item only, while new items arrive above it", async ({ page, db, baseURL }) => {
  const base = baseURL!;
  const course = await createCourse(db);
  const [teacher, learner] = [await createUser(db), await createUser(db, { name: "Learner Keys" })];
  await addMember(db, course.id, teacher.id, "INSTRUCTOR");
  await addMember(db, course.id, learner.id);
  const lesson = await createLesson(db, course.id, teacher.id);
  const at = { courseId: course.id, articleId: lesson.id, authorId: learner.id };
  const older = await createComment(db, { ...at, body: "Older: retries need a budget" });
  await db.comment.update({ where: { id: older.id }, data: { createdAt: new Date(Date.now() - 60_000) } });
  const meant = await createComment(db, { ...at, body: "Meant: shed load before queues fill" });

  const items = await openQueue(page, teacher, course.id);
  await expect(items).toHaveCount(2);
  // With no item focused, an action key acts on nothing: it only focuses the first item.
  await page.keyboard.press("f");
  const target = items.filter({ hasText: "Meant: shed load" });
  await expect(target).toBeFocused();
  expect((await db.comment.findUniqueOrThrow({ where: { id: meant.id } })).status).toBe("PENDING");

  // Two comments arrive above the focused one; the focus stays on it.
  const cookie = await signInApi(base, learner.email, learner.password);
  for (const body of ["Arrived: first newcomer", "Arrived: second newcomer"]) {
    const posted = await api(base, `/api/articles/${lesson.id}/comments`, { method: "POST", cookie, body: { body } });
    expect(posted.status).toBe(201);
  }
  await expect(items).toHaveCount(4, { timeout: LIVE_MS });
  await expect(items.first()).toContainText("Arrived: second newcomer");
  await expect(target).toBeFocused();

  // f features the focused comment, no other, and says which one.
  await page.keyboard.press("f");
  await expect(page.getByRole("status").filter({ hasText: "Featured:" })).toHaveText(
    "Featured: “Meant: shed load before queues fill” by Learner Keys.",
  );
  await expect
    .poll(async () => (await db.comment.findUniqueOrThrow({ where: { id: meant.id } })).status)
    .toBe("FEATURED");
  const pending = await db.comment.findMany({
    where: { articleId: lesson.id, status: "PENDING" },
    select: { id: true },
  });
  expect(pending).toHaveLength(3);
  await expect(items).toHaveCount(3);
  await expect(items.filter({ hasText: "Older: retries" })).toBeFocused(); // the next one down takes the focus
});

test("the queue's event stream is for curators, scoped to their courses, and carries no content", async ({
  db,
  baseURL,
}) => {
  const base = baseURL!;
  const [course, other] = [await createCourse(db), await createCourse(db)];
  const [teacher, otherTeacher, learner] = [await createUser(db), await createUser(db), await createUser(db)];
  await addMember(db, course.id, teacher.id, "INSTRUCTOR");
  await addMember(db, other.id, otherTeacher.id, "INSTRUCTOR");
  await addMember(db, course.id, learner.id);
  const lesson = await createLesson(db, course.id, teacher.id);
  const cookies = {
    teacher: await signInApi(base, teacher.email, teacher.password),
    otherTeacher: await signInApi(base, otherTeacher.email, otherTeacher.password),
    learner: await signInApi(base, learner.email, learner.password),
  };
  const open = (query: string, cookie?: string) =>
    new SseReader(`${base}/api/studio/events${query}`, cookie ? { cookie } : {});
  const statusOf = async (query: string, cookie?: string) => {
    const reader = open(query, cookie);
    try {
      await Promise.race([reader.ready().catch(() => {}), reader.ended]); // refusals end at once
      return reader.status;
    } finally {
      reader.close();
    }
  };
  expect(await statusOf("")).toBe(401);
  expect(await statusOf("", cookies.learner)).toBe(403);
  expect(await statusOf(`?courseId=${course.id}`, cookies.otherTeacher)).toBe(403);
  expect((await api(base, `/api/studio/events?courseId=${course.id}`, { cookie: cookies.otherTeacher })).json).toEqual({
    error: { code: "forbidden", message: expect.any(String) },
  });

  const mine = open("", cookies.teacher);
  const theirs = open("", cookies.otherTeacher);
  await Promise.all([mine.ready(), theirs.ready()]);
  expect(mine.headers?.get("content-type")).toMatch(/^text\/event-stream/);

  const body = "A private thought, pending";
  const posted = await api(base, `/api/articles/${lesson.id}/comments`, {
    method: "POST",
    cookie: cookies.learner,
    body: { body },
  });
  expect(posted.status).toBe(201);
  const added = await mine.next((e) => e.event === "queue.added", LIVE_MS);
  expect(json<QueueNoticeData["queue.added"]>(added)).toEqual({
    courseId: course.id,
    articleId: lesson.id,
    kind: "comment",
  });
  expect(added.data).not.toContain(body);

  const commentId = (posted.json as { id: string }).id;
  expect((await api(base, `/api/comments/${commentId}`, { method: "DELETE", cookie: cookies.learner })).status).toBe(
    204,
  );
  const removed = await mine.next((e) => e.event === "queue.removed", LIVE_MS);
  expect(json<QueueNoticeData["queue.removed"]>(removed).ids).toEqual([commentId]);

  await sleep(300);
  expect(theirs.events.map((e) => e.event)).toEqual(["ready"]); // another course's instructor hears nothing
  mine.close();
  theirs.close();
});
