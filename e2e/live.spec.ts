import type { Browser } from "@playwright/test";
import type { LiveEventData } from "../lib/events/schema";
import type { PrismaClient } from "../lib/generated/prisma/client";
import { addMember, createComment, createCourse, createLesson, createUser, type TestUser } from "../prisma/factories";
import { api, json, signIn as signInApi, sleep, SseReader } from "../tests/support/http";
import { expect, LIVE_MS, signIn, test } from "./fixtures";

// Live updates on the article page (Server-Sent Events): what one viewer does, another sees
// without reloading (the time it took is printed); a reconnect with Last-Event-ID misses nothing.

async function openAs(browser: Browser, baseURL: string | undefined, user: TestUser, url: string) {
  const context = await browser.newContext({
    baseURL,
    extraHTTPHeaders: { "x-forwarded-for": `203.0.113.${1 + Math.floor(Math.random() * 250)}` },
  });
  const page = await context.newPage();
  await signIn(page, user.email, user.password);
  await page.goto(url);
  await expect(page.locator('section[data-live="live"]')).toBeAttached(); // subscribed
  return page;
}

/** A course with a lesson by its instructor (`teacher`), and two learners: `author` and `member`. */
async function createCast(db: PrismaClient, names: { author?: string; member?: string; teacher?: string } = {}) {
  const course = await createCourse(db);
  const [author, member, teacher] = [
    await createUser(db, { name: names.author }),
    await createUser(db, { name: names.member }),
    await createUser(db, { name: names.teacher }),
  ];
  await addMember(db, course.id, author.id);
  await addMember(db, course.id, member.id);
  await addMember(db, course.id, teacher.id, "INSTRUCTOR");
  return { course, author, member, teacher };
}

test("curation, likes and replies appear on other viewers' pages without reloading", async ({
  browser,
  db,
  baseURL,
}) => {
  const { course, author, member, teacher } = await createCast(db, {
    author: "Author Live",
    member: "Member Live",
    teacher: "Teacher Live",
  });
  // Learners' replies go public at once here (this test is about live updates, not reply curation).
  await db.course.update({ where: { id: course.id }, data: { repliesNeedCuration: false } });
  const lesson = await createLesson(db, course.id, teacher.id, { title: "Fan-out on write" });
  const body = `Is fan-out on read cheaper here? ${Date.now()}`;
  await createComment(db, { courseId: course.id, articleId: lesson.id, authorId: author.id, body });
  const url = `/courses/${course.slug}/articles/${lesson.slug}`;
  const [pageAuthor, pageMember, pageTeacher] = [
    await openAs(browser, baseURL, author, url),
    await openAs(browser, baseURL, member, url),
    await openAs(browser, baseURL, teacher, url),
  ];
  const seen: Record<string, number> = {};

  // The author sees their comment pending; the member does not see it at all.
  const mine = pageAuthor.getByRole("article", { name: "Comment by Author Live" });
  await expect(mine).toContainText("Awaiting curation");
  await expect(pageMember.getByText(body)).toHaveCount(0);

  // The instructor features it: the member sees it arrive, the author sees theirs flip in place.
  await pageTeacher.getByRole("button", { name: "Show pending and hidden" }).click();
  let started = Date.now();
  await pageTeacher
    .getByRole("article", { name: "Comment by Author Live" })
    .getByRole("button", { name: "Feature" })
    .click();
  await expect(pageTeacher.getByRole("heading", { name: "Featured comments (1)" })).toBeVisible();
  const forMember = pageMember.getByRole("article", { name: "Comment by Author Live" });
  await expect(forMember).toContainText(body, { timeout: LIVE_MS });
  await expect(pageMember.getByRole("heading", { name: "Featured comments (1)" })).toBeVisible({ timeout: LIVE_MS });
  await expect(mine).not.toContainText("Awaiting curation", { timeout: LIVE_MS });
  await expect(pageAuthor.getByRole("heading", { name: "Featured comments (1)" })).toBeVisible({ timeout: LIVE_MS });
  seen.featured = Date.now() - started;

  // The member likes it (optimistically, at once); the author sees the count without reloading.
  started = Date.now();
  const like = forMember.getByRole("button", { name: /^Like/ });
  await like.click();
  await expect(like).toHaveAttribute("aria-pressed", "true");
  await expect(like).toContainText("1");
  await expect(mine.getByRole("button", { name: /^Like/ })).toContainText("1", { timeout: LIVE_MS });
  seen.like = Date.now() - started;
  await sleep(600); // later live counts leave the member's own like alone
  await expect(like).toHaveAttribute("aria-pressed", "true");
  await expect(like).toContainText("1");

  // The member replies; the author's open thread shows it, once, with the count.
  started = Date.now();
  await forMember.getByRole("button", { name: "Reply" }).first().click();
  await forMember.getByLabel("Your reply").fill("Fan-out on read keeps writes cheap.");
  await forMember.getByRole("button", { name: "Post reply" }).click();
  await expect(forMember.getByText("Fan-out on read keeps writes cheap.")).toHaveCount(1);
  await expect(mine.getByText("Fan-out on read keeps writes cheap.")).toHaveCount(1, { timeout: LIVE_MS });
  seen.reply = Date.now() - started;
  await expect(forMember.getByText("Fan-out on read keeps writes cheap.")).toHaveCount(1); // its own event adds nothing

  console.log(
    `[live] action → other viewer's page: ${Object.entries(seen)
      .map(([k, ms]) => `${k} ${ms} ms`)
      .join(", ")}`,
  );
});

test("while the event stream is cut off the page says live updates are paused, and it recovers by itself", async ({
  page,
  db,
}) => {
  const { course, member, teacher } = await createCast(db);
  const lesson = await createLesson(db, course.id, teacher.id);
  const events = "**/api/articles/*/events*";
  await page.route(events, (route) => route.fulfill({ status: 503, body: "" }));
  await signIn(page, member.email, member.password);
  await page.goto(`/courses/${course.slug}/articles/${lesson.slug}`);
  const paused = page.getByRole("status").filter({ hasText: "Live updates paused: reconnecting…" });
  await expect(paused).toBeVisible();

  await page.unroute(events);
  await expect(page.locator('section[data-live="live"]')).toBeAttached({ timeout: 15_000 }); // after the backoff
  await expect(paused).toHaveCount(0);
});

test("a reconnect with Last-Event-ID replays exactly what was missed, in order", async ({ db, baseURL }) => {
  const base = baseURL!;
  const course = await createCourse(db);
  await db.course.update({ where: { id: course.id }, data: { repliesNeedCuration: false } }); // replies public at once
  const [member, teacher] = [await createUser(db), await createUser(db)];
  await addMember(db, course.id, member.id);
  await addMember(db, course.id, teacher.id, "INSTRUCTOR");
  const lesson = await createLesson(db, course.id, teacher.id);
  const at = { courseId: course.id, articleId: lesson.id, authorId: member.id };
  const featured = await createComment(db, { ...at, status: "FEATURED" });
  const [p1, p2] = [await createComment(db, at), await createComment(db, at)];
  const [teacherCookie, memberCookie] = [
    await signInApi(base, teacher.email, teacher.password),
    await signInApi(base, member.email, member.password),
  ];
  const events = `${base}/api/articles/${lesson.id}/events`;
  const curate = async (commentId: string, body: Record<string, unknown>) =>
    expect(
      (await api(base, `/api/comments/${commentId}/curation`, { method: "PATCH", cookie: teacherCookie, body })).status,
    ).toBe(200);

  const first = new SseReader(events);
  await first.ready();
  await curate(p1.id, { status: "featured" });
  const seen = await first.next((e) => e.event === "comment.featured", LIVE_MS);
  first.close();
  const observer = new SseReader(events); // stays connected: tells when the like is published
  await observer.ready();

  // Missed while away: a like, a reply, an unfeature, a feature.
  expect((await api(base, `/api/comments/${featured.id}/like`, { method: "PUT", cookie: memberCookie })).status).toBe(
    200,
  );
  await observer.next((e) => e.event === "comment.likes", LIVE_MS);
  const reply = await api(base, `/api/comments/${p1.id}/replies`, {
    method: "POST",
    cookie: memberCookie,
    body: { body: "while away" },
  });
  expect(reply.status).toBe(201);
  await curate(featured.id, { status: "pending" });
  await curate(p2.id, { status: "featured" });

  const resumed = new SseReader(events, { "last-event-id": seen.id! });
  await resumed.ready();
  const missed = resumed.liveEvents;
  expect(missed.map((e) => e.event)).toEqual([
    "comment.likes",
    "reply.created",
    "comment.unfeatured",
    "comment.featured",
  ]);
  expect(json(missed[0]!)).toEqual({ counts: [{ id: featured.id, likeCount: 1 }] });
  expect(json<LiveEventData["reply.created"]>(missed[1]!).reply.body).toBe("while away");
  expect(json(missed[2]!)).toEqual({ id: featured.id, featuredCount: 1 });
  expect(json<LiveEventData["comment.featured"]>(missed[3]!)).toMatchObject({
    comment: { id: p2.id },
    wasFeatured: false,
    featuredCount: 2,
  });

  // Resuming from the newest id replays nothing; the next event comes once.
  const last = missed.at(-1)!.id!;
  resumed.close();
  const again = new SseReader(events, { "last-event-id": last });
  await again.ready();
  expect(again.liveEvents).toEqual([]);
  await curate(p2.id, { pinned: true });
  await again.next((e) => e.event === "comment.featured", LIVE_MS);
  await sleep(300);
  expect(again.liveEvents.map((e) => e.event)).toEqual(["comment.featured"]);
  again.close();
  observer.close();
});

test("the event stream follows the article's visibility: 404 for those who may not see it", async ({ db, baseURL }) => {
  const base = baseURL!;
  const { course, author, member, teacher } = await createCast(db);
  const lesson = await createLesson(db, course.id, teacher.id);
  const essay = await db.article.create({
    data: {
      courseId: course.id,
      authorId: author.id,
      kind: "ESSAY",
      status: "SUBMITTED",
      slug: `essay-${Date.now()}`,
      title: "Mine",
      body: "Not yet published.",
      submittedAt: new Date(),
    },
  });
  const cookies = {
    visitor: undefined,
    member: await signInApi(base, member.email, member.password),
    author: await signInApi(base, author.email, author.password),
    teacher: await signInApi(base, teacher.email, teacher.password),
  };
  const statusOf = async (articleId: string, cookie: string | undefined) => {
    const reader = new SseReader(`${base}/api/articles/${articleId}/events`, cookie ? { cookie } : {});
    try {
      await Promise.race([reader.ready().catch(() => {}), reader.ended]); // a 404 ends at once
      return { status: reader.status, headers: reader.headers };
    } finally {
      reader.close();
    }
  };
  const got: Record<string, number> = {};
  for (const [who, cookie] of Object.entries(cookies)) got[who] = (await statusOf(essay.id, cookie)).status;
  expect(got).toEqual({ visitor: 404, member: 404, author: 200, teacher: 200 });
  const hidden = await api(base, `/api/articles/${essay.id}/events`);
  expect(hidden.json).toEqual({ error: { code: "not_found", message: expect.any(String) } });

  const open = await statusOf(lesson.id, undefined);
  expect(open.status).toBe(200);
  expect(open.headers?.get("content-type")).toMatch(/^text\/event-stream/);
  expect(open.headers?.get("cache-control")).toBe("no-cache, no-transform");
  expect(open.headers?.get("x-accel-buffering")).toBe("no");
});

test("a featured comment deleted by its author leaves viewers' pages, and the count with it", async ({
  browser,
  db,
  baseURL,
}) => {
  const { course, author, member, teacher } = await createCast(db, { author: "Author Gone" });
  const lesson = await createLesson(db, course.id, teacher.id);
  const at = { courseId: course.id, articleId: lesson.id, authorId: author.id, status: "FEATURED" as const };
  const [lonely, answered] = [
    await createComment(db, { ...at, body: "No replies here" }),
    await createComment(db, { ...at, body: "Someone answered this" }),
  ];
  await db.reply.create({
    data: { commentId: answered.id, authorId: teacher.id, body: "An answer", isAuthorReply: true },
  });
  await db.comment.update({ where: { id: answered.id }, data: { replyCount: 1 } });
  await db.article.update({ where: { id: lesson.id }, data: { featuredCommentCount: 2 } });
  const page = await openAs(browser, baseURL, member, `/courses/${course.slug}/articles/${lesson.slug}`);
  await expect(page.getByRole("heading", { name: "Featured comments (2)" })).toBeVisible();

  const cookie = await signInApi(baseURL!, author.email, author.password);
  for (const c of [lonely, answered])
    expect((await api(baseURL!, `/api/comments/${c.id}`, { method: "DELETE", cookie })).status).toBe(204);

  await expect(page.getByRole("heading", { name: "Featured comments (0)" })).toBeVisible({ timeout: LIVE_MS });
  await expect(page.getByText("No replies here")).toHaveCount(0);
  await expect(page.getByText("Someone answered this")).toHaveCount(0);
  await expect(page.getByText("An answer")).toBeVisible(); // the thread stays, under a placeholder
});

test("a reply hidden through a report leaves viewers' threads, and the reply count with it", async ({
  browser,
  db,
  baseURL,
}) => {
  const { course, author, member, teacher } = await createCast(db);
  const lesson = await createLesson(db, course.id, teacher.id);
  const comment = await createComment(db, {
    courseId: course.id,
    articleId: lesson.id,
    authorId: author.id,
    status: "FEATURED",
    body: "Where do the replies go?",
  });
  const [kept, spam] = [
    await db.reply.create({ data: { commentId: comment.id, authorId: member.id, body: "A helpful answer" } }),
    await db.reply.create({ data: { commentId: comment.id, authorId: author.id, body: "Buy cheap watches here" } }),
  ];
  await db.comment.update({ where: { id: comment.id }, data: { replyCount: 2 } });
  await db.article.update({ where: { id: lesson.id }, data: { featuredCommentCount: 1 } });
  const page = await openAs(browser, baseURL, member, `/courses/${course.slug}/articles/${lesson.slug}`);
  const item = page.getByRole("article").filter({ hasText: "Where do the replies go?" });
  await expect(item.getByText("Buy cheap watches here")).toBeVisible();
  await expect(item.getByText("2 replies")).toBeVisible();

  const report = await db.report.create({
    data: { courseId: course.id, replyId: spam.id, reporterId: member.id, reason: "spam" },
  });
  const cookie = await signInApi(baseURL!, teacher.email, teacher.password);
  const started = Date.now();
  const resolved = await api(baseURL!, `/api/studio/reports/${report.id}`, {
    method: "PATCH",
    cookie,
    body: { action: "hide" },
  });
  expect(resolved.status).toBe(200);

  await expect(item.getByText("Buy cheap watches here")).toHaveCount(0, { timeout: LIVE_MS });
  console.log(`[live] reply hidden → gone from another viewer's thread after ${Date.now() - started} ms`);
  await expect(item.getByText("1 reply")).toBeVisible();
  await expect(item.getByText(kept.body)).toBeVisible();
});
