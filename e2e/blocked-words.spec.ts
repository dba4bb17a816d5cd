import { addMember, createCourse, createLesson, createUser } from "../prisma/factories";
import { expect, LIVE_MS, signIn, test } from "./fixtures";

test("an instructor blocks a word; a comment containing it is held back with the reason", async ({
  browser,
  db,
  baseURL,
}) => {
  const course = await createCourse(db);
  const [teacher, learner] = [await createUser(db, { name: "Teacher B" }), await createUser(db, { name: "Learner B" })];
  await addMember(db, course.id, teacher.id, "INSTRUCTOR");
  await addMember(db, course.id, learner.id);
  const lesson = await createLesson(db, course.id, teacher.id);
  const open = async (email: string, password: string, ip: string) => {
    const page = await (await browser.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": ip } })).newPage();
    await signIn(page, email, password);
    return page;
  };

  const t = await open(teacher.email, teacher.password, "192.0.2.201");
  await t.goto(`/studio/blocked-words?course=${course.slug}`);
  await t.getByLabel("Words and phrases, one per line").fill("casino\nfree money");
  await t.getByRole("button", { name: "Save list" }).click();
  await expect(t.getByRole("status")).toHaveText("Saved.");

  const l = await open(learner.email, learner.password, "192.0.2.202");
  await l.goto(`/courses/${course.slug}/articles/${lesson.slug}`);
  // Type once the page is alive: the draft store takes over the box when it hydrates.
  await expect(l.locator('[data-live="live"]')).toBeAttached({ timeout: LIVE_MS * 4 });
  await l.getByLabel("Your comment").fill("Win FREE MONEY at the casino");
  await l.getByRole("button", { name: "Post comment" }).click();
  const mine = l.getByRole("article", { name: "Comment by Learner B" });
  await expect(mine).toContainText("Awaiting curation");
  await expect(mine).not.toContainText("Held back"); // the author is not told which word

  await t.goto(`/courses/${course.slug}/articles/${lesson.slug}`);
  await t.getByRole("button", { name: "Show pending and hidden" }).click();
  const held = t.getByRole("article", { name: "Comment by Learner B" });
  await expect(held).toContainText("Held back: Contains the blocked word “casino”.");
  await expect(held.getByRole("button", { name: "Feature" })).toHaveCount(0);
  await expect(held.getByRole("button", { name: "Hide" })).toBeVisible();
});

test("in Chinese, a list the server refuses is explained", async ({ page, context, baseURL, db, signInAs }) => {
  const course = await createCourse(db);
  const teacher = await signInAs();
  await addMember(db, course.id, teacher.id, "INSTRUCTOR");
  await context.addCookies([{ name: "NEXT_LOCALE", value: "zh-CN", url: baseURL! }]);
  await page.goto(`/studio/blocked-words?course=${course.slug}`);
  await page.getByLabel("词语和短语，每行一个").fill(`casino\n${"长".repeat(61)}`); // a phrase over 60 characters
  await page.getByRole("button", { name: "保存名单" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "部分内容填写有误。" })).toBeVisible();
  await expect(page.getByText("已保存。")).toHaveCount(0);
});
