import type { Browser } from "@playwright/test";
import { addMember, createComment, createCourse, createLesson, createUser, type TestUser } from "../prisma/factories";
import { expect, signIn, test } from "./fixtures";

async function openAs(browser: Browser, baseURL: string | undefined, user: TestUser) {
  const context = await browser.newContext({
    baseURL,
    extraHTTPHeaders: { "x-forwarded-for": `198.51.100.${Math.floor(Math.random() * 250)}` },
  });
  const page = await context.newPage();
  await signIn(page, user.email, user.password);
  return page;
}

test("an instructor clears a queue of 5 comments with keyboard shortcuts only", async ({ page, db }) => {
  const course = await createCourse(db);
  const [teacher, learner] = [await createUser(db, { name: "Teacher Q" }), await createUser(db, { name: "Learner Q" })];
  await addMember(db, course.id, teacher.id, "INSTRUCTOR");
  await addMember(db, course.id, learner.id);
  const lesson = await createLesson(db, course.id, teacher.id, { title: "Queues and backpressure" });
  const ids: string[] = [];
  for (let i = 1; i <= 5; i++) {
    const c = await createComment(db, {
      courseId: course.id,
      articleId: lesson.id,
      authorId: learner.id,
      body: `Queued thought ${i}`,
    });
    await db.comment.update({ where: { id: c.id }, data: { createdAt: new Date(Date.now() - (10 - i) * 60_000) } });
    ids.push(c.id);
  }

  await signIn(page, teacher.email, teacher.password);
  await page.goto("/studio");
  await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
  const items = page.getByRole("list", { name: "Items to curate" }).getByRole("article");
  await expect(items).toHaveCount(5);
  await expect(items.first()).toContainText("Queued thought 5"); // newest first
  await expect(items.first()).toContainText("Queues and backpressure");

  // The help overlay is a dialog that opens with ? and closes with Escape.
  await page.keyboard.press("?");
  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(help).toBeVisible();
  await expect(help).toContainText("Feature the comment");
  await page.keyboard.press("Escape");
  await expect(help).toBeHidden();

  await page.keyboard.press("j");
  await expect(items.first()).toBeFocused();
  for (const [i, key] of ["f", "h", "f", "h", "f"].entries()) {
    await page.keyboard.press(key);
    await expect(items).toHaveCount(4 - i);
  }
  await expect(page.getByRole("heading", { name: "All clear" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "All clear" })).toBeFocused();
  expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true); // no reload

  const status = async () =>
    (
      await db.comment.findMany({
        where: { id: { in: ids } },
        orderBy: { createdAt: "desc" },
        select: { status: true },
      })
    ).map((c) => c.status);
  await expect.poll(status).toEqual(["FEATURED", "HIDDEN", "FEATURED", "HIDDEN", "FEATURED"]);
  await page.reload();
  await expect(page.getByRole("heading", { name: "All clear" })).toBeVisible();
});

test("a learner reports a featured comment and the instructor resolves it from Reports", async ({
  browser,
  baseURL,
  db,
}) => {
  const course = await createCourse(db);
  const [teacher, author, reporter] = [
    await createUser(db, { name: "Teacher R" }),
    await createUser(db, { name: "Author R" }),
    await createUser(db, { name: "Reporter R" }),
  ];
  await addMember(db, course.id, teacher.id, "INSTRUCTOR");
  await addMember(db, course.id, author.id);
  await addMember(db, course.id, reporter.id);
  const lesson = await createLesson(db, course.id, teacher.id, { title: "Rate limiting" });
  const comment = await createComment(db, {
    courseId: course.id,
    articleId: lesson.id,
    authorId: author.id,
    status: "FEATURED",
    body: "Buy cheap followers at example.com",
  });
  const articleUrl = `/courses/${course.slug}/articles/${lesson.slug}`;

  const learnerPage = await openAs(browser, baseURL, reporter);
  await learnerPage.goto(articleUrl);
  const featured = learnerPage.getByRole("article", { name: "Comment by Author R" });
  await featured.getByRole("button", { name: "Report" }).click();
  await featured.getByLabel("What is wrong with it?").fill("This is spam, not a comment.");
  await featured.getByRole("button", { name: "Send report" }).click();
  await expect(featured).toContainText("Reported");

  const teacherPage = await openAs(browser, baseURL, teacher);
  await teacherPage.goto("/studio");
  await teacherPage.getByRole("navigation", { name: "Studio sections" }).getByRole("link", { name: "Reports" }).click();
  await expect(teacherPage).toHaveURL(/\/studio\/reports$/);
  const report = teacherPage.getByRole("article", { name: "Report by Reporter R" });
  await expect(report).toContainText("This is spam, not a comment.");
  await expect(report).toContainText("Buy cheap followers");
  await report.getByRole("button", { name: "Hide comment" }).click();
  await expect(teacherPage.getByRole("heading", { name: "No open reports" })).toBeVisible();
  await expect(teacherPage.getByRole("status")).toContainText("report is resolved");

  await expect
    .poll(async () => (await db.comment.findUniqueOrThrow({ where: { id: comment.id } })).status)
    .toBe("HIDDEN");
  const row = await db.report.findFirstOrThrow({ where: { commentId: comment.id } });
  expect(row).toMatchObject({ status: "RESOLVED", resolvedById: teacher.id });
  expect(await db.auditEvent.count({ where: { targetId: row.id, action: "report.resolve" } })).toBe(1);

  await teacherPage.reload();
  await expect(teacherPage.getByRole("table")).toContainText("This is spam, not a comment.");
  await learnerPage.reload();
  await expect(learnerPage.getByText("Buy cheap followers")).toHaveCount(0);
});

test("the studio is for instructors: visitors sign in, learners get a friendly page", async ({ page, db }) => {
  await page.goto("/studio");
  await expect(page).toHaveURL(/\/signin\?next=%2Fstudio|\/signin\?next=\/studio/);
  const learner = await createUser(db);
  await signIn(page, learner.email, learner.password);
  await page.goto("/studio/analytics");
  await expect(page.getByRole("heading", { name: "The studio is for instructors" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Studio" })).toHaveCount(0);
  expect((await page.request.get("/api/studio/queue")).status()).toBe(403);
});

test("feature and answer from the queue: one action, the answer shows under the featured comment", async ({
  browser,
  baseURL,
  db,
}) => {
  const course = await createCourse(db);
  const [teacher, learner] = [await createUser(db, { name: "Teacher F" }), await createUser(db, { name: "Learner F" })];
  await addMember(db, course.id, teacher.id, "INSTRUCTOR");
  await addMember(db, course.id, learner.id);
  const lesson = await createLesson(db, course.id, teacher.id, { title: "Little's law" });
  const comment = await createComment(db, {
    courseId: course.id,
    articleId: lesson.id,
    authorId: learner.id,
    body: "Does L = λW hold for a queue with retries?",
  });

  const page = await openAs(browser, baseURL, teacher);
  const curations: string[] = [];
  page.on("request", (r) => {
    if (r.url().includes(`/api/comments/${comment.id}/`)) curations.push(`${r.method()} ${new URL(r.url()).pathname}`);
  });
  await page.goto("/studio");
  const item = page.getByRole("article", { name: "Comment by Learner F" });
  await item.getByRole("button", { name: "Reply as author" }).click();
  await item.getByLabel("Your answer as the author").fill("Yes, if W counts every attempt.");
  await item.getByRole("button", { name: "Feature and reply" }).click();
  await expect(item).toHaveCount(0);
  await expect(page.getByText("Featured and answered the comment by Learner F.")).toBeVisible();
  expect(curations).toEqual([`PATCH /api/comments/${comment.id}/curation`]); // one request, one transaction

  await page.goto(`/courses/${course.slug}/articles/${lesson.slug}`);
  await expect(page.getByRole("heading", { name: "Featured comments (1)" })).toBeVisible();
  const featured = page.getByRole("article", { name: "Comment by Learner F" });
  await expect(featured.getByText("Author reply")).toBeVisible();
  await expect(featured).toContainText("Yes, if W counts every attempt.");
});

// Refreshes docs/studio-queue.png and docs/studio-analytics.png from the demo course
// (run: npm run e2e -- --grep screenshots with UPDATE_SCREENSHOTS=1).
test("screenshots of the studio (queue and analytics)", async ({ browser, baseURL }) => {
  test.skip(!process.env.UPDATE_SCREENSHOTS, "refreshes docs/ screenshots: only with UPDATE_SCREENSHOTS=1");
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 1280, height: 1300 },
    locale: "en",
    deviceScaleFactor: 1,
  });
  const page = await context.newPage();
  // A learner flags a featured comment, so the queue shows a report among the pending comments.
  await signIn(page, "learner@example.com", "jingxuan-demo");
  const reported = await page.request.post("/api/reports", {
    data: { commentId: "demo-comment-2", reason: "Looks copied from a blog post without credit." },
  });
  expect([201, 409]).toContain(reported.status());

  await signIn(page, "instructor@example.com", "jingxuan-demo");
  await page.goto("/studio");
  await expect(page.getByRole("list", { name: "Items to curate" }).getByRole("article").first()).toBeVisible();
  for (const key of ["j", "j", "x"]) await page.keyboard.press(key); // the second item active and selected
  await expect(page.getByText("1 comment selected")).toBeVisible();
  await page.screenshot({ path: "docs/studio-queue.png" });

  await page.goto("/studio/analytics");
  await expect(page.getByText("Most-liked comments", { exact: true }).first()).toBeVisible();
  await expect(page.locator(".recharts-bar-rectangle").first()).toBeVisible();
  await page.screenshot({ path: "docs/studio-analytics.png", fullPage: true });
  await context.close();
});
