import { readFile } from "node:fs/promises";
import { addMember, createComment, createCourse, createLesson, createUser } from "../prisma/factories";
import { randomIp } from "../tests/support/http";
import { expect, LIVE_MS, signIn, test } from "./fixtures";

// Issue 17: an instructor features a comment with a reason, answers it and adds it to the FAQ
// on the article page; a visitor sees the reason (live), the FAQ section and the chapter recap,
// and downloads the recap as Markdown.

const QUESTION = "Why does a cache stampede happen when a hot key expires?";
const REASON = "Everyone hits this in production.";
const ANSWER = "Every request misses at once and rebuilds the value: lock the rebuild or refresh early.";

test("a comment featured with a reason and marked FAQ shows in the FAQ section and in the chapter recap", async ({
  browser,
  baseURL,
  db,
}) => {
  test.slow(); // three browsers and a download
  const course = await createCourse(db, { title: "Caching at scale" });
  const [teacher, learner] = [await createUser(db), await createUser(db, { name: "Learner Lin" })];
  await addMember(db, course.id, teacher.id, "INSTRUCTOR");
  await addMember(db, course.id, learner.id);
  const chapter = await db.chapter.create({ data: { courseId: course.id, title: "Hot keys", position: 0 } });
  const lesson = await createLesson(db, course.id, teacher.id, { title: "Cache stampedes" });
  await db.article.update({ where: { id: lesson.id }, data: { chapterId: chapter.id } });
  await createComment(db, { courseId: course.id, articleId: lesson.id, authorId: learner.id, body: QUESTION });
  const articleUrl = `/courses/${course.slug}/articles/${lesson.slug}`;

  const open = async (user?: { email: string; password: string }) => {
    const context = await browser.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": randomIp() } });
    const page = await context.newPage();
    if (user) await signIn(page, user.email, user.password);
    await page.goto(articleUrl);
    await expect(page.locator('[data-live="live"]')).toBeAttached({ timeout: LIVE_MS * 4 });
    return page;
  };
  const visitor = await open();
  await expect(visitor.getByRole("heading", { name: "FAQ", exact: true })).toHaveCount(0);

  // The instructor features it with a reason: too long first (refused, the text stays).
  const t = await open(teacher);
  await t.getByRole("button", { name: "Show pending and hidden" }).click();
  const item = t.getByRole("article", { name: "Comment by Learner Lin" });
  await item.getByRole("button", { name: "Add a reason" }).click();
  const reason = item.getByLabel("Why featured (optional, public)");
  await reason.fill("x".repeat(281));
  await item.getByRole("button", { name: "Feature with reason" }).click();
  await expect(item.getByRole("alert")).toHaveText("Keep it under 280 characters.");
  await expect(reason).toHaveValue("x".repeat(281));
  await reason.fill(REASON);
  await item.getByRole("button", { name: "Feature with reason" }).click();
  await expect(item).toContainText(`Why featured: ${REASON}`);

  // FAQ waits for the author's answer.
  await expect(item.getByRole("button", { name: "Add to FAQ" })).toBeDisabled();
  await expect(item).toContainText("only answered comments can be FAQ entries");
  await item.getByRole("button", { name: "Reply as author" }).click();
  await item.getByLabel("Your reply").fill(ANSWER);
  await item.getByRole("button", { name: "Post reply" }).click();
  await expect(item).toContainText(ANSWER);
  await item.getByRole("button", { name: "Add to FAQ" }).click();
  await expect(item.getByRole("button", { name: "Remove from FAQ" })).toBeVisible();

  // The visitor got the comment and its reason live; the FAQ section comes with a later load
  // (a visitor's page copy is shared for a couple of seconds).
  const forVisitor = visitor.getByRole("article", { name: "Comment by Learner Lin" });
  await expect(forVisitor).toContainText(`Why featured: ${REASON}`, { timeout: LIVE_MS });
  const faq = visitor.getByRole("region", { name: "FAQ" });
  await expect(async () => {
    await visitor.reload();
    await expect(faq).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await faq.getByText(QUESTION).click();
  await expect(faq).toContainText(ANSWER);
  await expect(faq).toContainText(REASON);
  await faq.getByRole("link", { name: "See it in the discussion" }).click();
  await expect(visitor).toHaveURL(/#comment-/);

  // The chapter recap, reached from the course page, holds the entry.
  await visitor.goto(`/courses/${course.slug}`);
  await visitor.getByRole("link", { name: "Recap of Hot keys" }).click();
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Chapter recap: Hot keys");
  const section = visitor.getByRole("region", { name: "Cache stampedes" });
  await expect(section.getByRole("heading", { name: "FAQ" })).toBeVisible();
  await expect(section).toContainText(QUESTION);
  await expect(section).toContainText(`Why featured: ${REASON}`);
  await expect(section).toContainText(ANSWER);

  const [download] = await Promise.all([
    visitor.waitForEvent("download"),
    visitor.getByRole("link", { name: "Download Markdown" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.md$/);
  const markdown = await readFile((await download.path())!, "utf8");
  expect(markdown).toContain("# Chapter recap: Hot keys");
  expect(markdown).toContain(`> ${QUESTION}`);
  expect(markdown).toContain(`_Why featured:_ ${REASON}`);
  expect(markdown).toContain(ANSWER.slice(0, 40));
});

test("the studio queue features a comment with its reason", async ({ page, db, signInAs }) => {
  const course = await createCourse(db);
  const [teacher, learner] = [await createUser(db), await createUser(db, { name: "Learner Qiu" })];
  await addMember(db, course.id, teacher.id, "INSTRUCTOR");
  await addMember(db, course.id, learner.id);
  const lesson = await createLesson(db, course.id, teacher.id);
  const comment = await createComment(db, {
    courseId: course.id,
    articleId: lesson.id,
    authorId: learner.id,
    body: "Is a write-through cache ever worth its latency?",
  });
  await signInAs(teacher);
  await page.goto(`/studio?courseId=${course.id}`);
  const item = page.getByRole("article", { name: /Learner Qiu/ });
  await item.getByRole("button", { name: "Add a reason" }).click();
  await item.getByLabel("Why featured (optional, public)").fill("Weighs a real trade-off.");
  await item.getByRole("button", { name: "Feature with reason" }).click();
  await expect(page.getByText(/^Featured: “Is a write-through cache.*” by Learner Qiu\.$/)).toBeAttached();
  const res = await page.request.get(`/api/comments/${comment.id}`);
  expect(await res.json()).toMatchObject({ status: "featured", reason: "Weighs a real trade-off." });
});
