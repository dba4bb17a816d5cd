import type { Browser, Locator } from "@playwright/test";
import { addMember, createComment, createCourse, createLesson, createUser, type TestUser } from "../prisma/factories";
import { expect, LIVE_MS, signIn, test } from "./fixtures";

// What a writer sees of their own comment: received → seen by an instructor (once an instructor
// had it on screen in the studio queue) → the outcome, with the instructor's note when it was
// not featured. Also: pinning moves a comment live for every viewer, and dates give their
// absolute time on keyboard focus.

async function openAs(browser: Browser, baseURL: string | undefined, user: TestUser, url: string) {
  const context = await browser.newContext({
    baseURL,
    extraHTTPHeaders: { "x-forwarded-for": `192.0.2.${1 + Math.floor(Math.random() * 250)}` },
  });
  const page = await context.newPage();
  await signIn(page, user.email, user.password);
  await page.goto(url);
  return page;
}

const currentStep = (comment: Locator) =>
  comment.getByRole("list", { name: "Where your comment stands" }).locator('[aria-current="step"]');

test("a learner sees 'seen by an instructor' after the instructor opened the queue, then why it was not featured", async ({
  browser,
  baseURL,
  db,
}) => {
  const course = await createCourse(db);
  const [teacher, learner, other] = [
    await createUser(db, { name: "Teacher Seen" }),
    await createUser(db, { name: "Learner Seen" }),
    await createUser(db, { name: "Other Seen" }),
  ];
  await addMember(db, course.id, teacher.id, "INSTRUCTOR");
  await addMember(db, course.id, learner.id);
  await addMember(db, course.id, other.id);
  const lesson = await createLesson(db, course.id, teacher.id, { title: "Read receipts" });
  const url = `/courses/${course.slug}/articles/${lesson.slug}`;

  // The learner posts: received, and only that.
  const page = await openAs(browser, baseURL, learner, url);
  await page.getByLabel("Your comment").fill("Does anyone read these?");
  await page.getByRole("button", { name: "Post comment" }).click();
  const mine = page.getByRole("article", { name: "Comment by Learner Seen" });
  await expect(currentStep(mine)).toHaveText(/Received/);
  await expect(mine).toContainText("Awaiting curation");
  const commentId = (await db.comment.findFirstOrThrow({ where: { authorId: learner.id } })).id;

  // The instructor opens the queue: the comment is on screen, so it is seen.
  const studio = await openAs(browser, baseURL, teacher, `/studio?courseId=${course.id}`);
  await expect(studio.getByRole("article", { name: "Comment by Learner Seen" })).toBeVisible();
  await expect
    .poll(async () => (await db.comment.findUniqueOrThrow({ where: { id: commentId } })).seenAt)
    .not.toBeNull();

  await page.reload();
  await expect(currentStep(mine)).toHaveText(/Seen by an instructor/);
  await page.goto("/me");
  const onMe = page.getByTestId("my-comment").filter({ hasText: "Does anyone read these?" });
  await expect(currentStep(onMe)).toHaveText(/Seen by an instructor/);

  // Nobody else sees where it stands: the instructor sees the comment, without the writer's steps.
  await studio.goto(url);
  await studio.getByRole("button", { name: "Show pending and hidden" }).click();
  const forTeacher = studio.getByRole("article", { name: "Comment by Learner Seen" });
  await expect(forTeacher).toContainText("Does anyone read these?");
  await expect(forTeacher.getByTestId("comment-progress")).toHaveCount(0);

  // Not featured, with a note for the writer (written as the curation API stores it).
  await forTeacher.getByRole("button", { name: "Hide" }).click();
  await expect
    .poll(async () => (await db.comment.findUniqueOrThrow({ where: { id: commentId } })).status)
    .toBe("HIDDEN");
  await db.comment.update({ where: { id: commentId }, data: { curationReason: "Ask it under lesson 2, please." } });
  await page.goto(url);
  await expect(currentStep(mine)).toHaveText(/Not featured/);
  await expect(mine).toContainText("Instructor's note: Ask it under lesson 2, please.");
  await page.goto("/me");
  await expect(currentStep(onMe)).toHaveText(/Not featured/);
  await expect(onMe).toContainText("Instructor's note: Ask it under lesson 2, please.");

  // Another learner sees nothing of it.
  const otherPage = await openAs(browser, baseURL, other, url);
  await expect(otherPage.getByRole("heading", { name: /Featured comments/ })).toBeVisible();
  await expect(otherPage.getByText("Does anyone read these?")).toHaveCount(0);
});

test("on the article page: an instructor's look marks a comment seen, and an answer shows as answered at once", async ({
  browser,
  baseURL,
  db,
}) => {
  const course = await createCourse(db);
  const [teacher, learner] = [await createUser(db), await createUser(db, { name: "Learner Page" })];
  await addMember(db, course.id, teacher.id, "INSTRUCTOR");
  await addMember(db, course.id, learner.id);
  const lesson = await createLesson(db, course.id, teacher.id);
  const at = { courseId: course.id, articleId: lesson.id, authorId: learner.id };
  const c = await createComment(db, { ...at, body: "Why do retries amplify load?" });
  const url = `/courses/${course.slug}/articles/${lesson.slug}`;

  const teacherPage = await openAs(browser, baseURL, teacher, url);
  await teacherPage.getByRole("button", { name: "Show pending and hidden" }).click();
  const pending = teacherPage.getByRole("article", { name: "Comment by Learner Page" });
  await expect(pending).toBeVisible();
  await pending.scrollIntoViewIfNeeded(); // seen once on screen, not merely listed
  await expect.poll(async () => (await db.comment.findUniqueOrThrow({ where: { id: c.id } })).seenAt).not.toBeNull();

  const featured = await teacherPage.request.patch(`/api/comments/${c.id}/curation`, { data: { status: "featured" } });
  expect(featured.status()).toBe(200);
  const page = await openAs(browser, baseURL, learner, url);
  await expect(page.locator('section[data-live="live"]')).toBeAttached();
  const mine = page.getByRole("article", { name: "Comment by Learner Page" });
  await expect(currentStep(mine)).toHaveText(/Featured/);

  const answered = await teacherPage.request.post(`/api/comments/${c.id}/replies`, {
    data: { body: "Each retry is new load." },
  });
  expect(answered.status()).toBe(201);
  await expect(mine).toContainText("Each retry is new load.", { timeout: LIVE_MS });
  await expect(currentStep(mine)).toHaveText(/Answered by the author/);
});

test("pinning moves a comment to the top live, for the instructor and another viewer", async ({
  browser,
  baseURL,
  db,
}) => {
  const course = await createCourse(db);
  const [teacher, learner, reader] = [
    await createUser(db, { name: "Teacher Pin" }),
    await createUser(db, { name: "Learner Pin" }),
    await createUser(db, { name: "Reader Pin" }),
  ];
  await addMember(db, course.id, teacher.id, "INSTRUCTOR");
  await addMember(db, course.id, learner.id);
  await addMember(db, course.id, reader.id);
  const lesson = await createLesson(db, course.id, teacher.id, { title: "Pinned first" });
  const base = { courseId: course.id, articleId: lesson.id, authorId: learner.id, status: "FEATURED" as const };
  for (const [i, body] of ["Oldest thought", "Middle thought", "Newest thought"].entries()) {
    const c = await createComment(db, { ...base, body });
    await db.comment.update({ where: { id: c.id }, data: { createdAt: new Date(Date.now() - (10 - i) * 60_000) } });
  }
  const url = `/courses/${course.slug}/articles/${lesson.slug}`;
  const [teacherPage, readerPage] = [
    await openAs(browser, baseURL, teacher, url),
    await openAs(browser, baseURL, reader, url),
  ];
  const order = async (p: typeof teacherPage) =>
    (await p.getByRole("article", { name: "Comment by Learner Pin" }).allTextContents()).map(
      (text) => /(Oldest|Middle|Newest) thought/.exec(text)?.[1],
    );
  await expect(readerPage.locator('section[data-live="live"]')).toBeAttached();
  await expect.poll(() => order(readerPage)).toEqual(["Newest", "Middle", "Oldest"]);

  const oldest = teacherPage
    .getByRole("article", { name: "Comment by Learner Pin" })
    .filter({ hasText: "Oldest thought" });
  await oldest.getByRole("button", { name: "Pin", exact: true }).click();
  await expect.poll(() => order(teacherPage)).toEqual(["Oldest", "Newest", "Middle"]);
  await expect.poll(() => order(readerPage), { timeout: LIVE_MS }).toEqual(["Oldest", "Newest", "Middle"]);
  await expect(readerPage.getByRole("article").first()).toContainText("Pinned");

  // Unpinned, it goes back where the sort puts it.
  await teacherPage
    .getByRole("article", { name: "Comment by Learner Pin" })
    .filter({ hasText: "Oldest thought" })
    .getByRole("button", { name: "Unpin" })
    .click();
  await expect.poll(() => order(teacherPage)).toEqual(["Newest", "Middle", "Oldest"]);
  await expect.poll(() => order(readerPage), { timeout: LIVE_MS }).toEqual(["Newest", "Middle", "Oldest"]);
});

test("a comment's date gives its absolute date and time, in the reader's zone, on keyboard focus", async ({
  browser,
  baseURL,
  db,
}) => {
  const course = await createCourse(db);
  const [teacher, learner] = [await createUser(db), await createUser(db, { name: "Learner Date" })];
  await addMember(db, course.id, teacher.id, "INSTRUCTOR");
  const lesson = await createLesson(db, course.id, teacher.id);
  const c = await createComment(db, {
    courseId: course.id,
    articleId: lesson.id,
    authorId: learner.id,
    status: "FEATURED",
  });
  await db.comment.update({ where: { id: c.id }, data: { createdAt: new Date("2026-03-05T14:30:00Z") } });
  const context = await browser.newContext({ baseURL, timezoneId: "Asia/Shanghai", locale: "en-US" });
  const page = await context.newPage();
  await signIn(page, teacher.email, teacher.password);
  await page.goto(`/courses/${course.slug}/articles/${lesson.slug}`);

  const date = page.getByRole("article", { name: "Comment by Learner Date" }).locator("time");
  await expect(date).toHaveAttribute("datetime", "2026-03-05T14:30:00.000Z");
  const tip = page.getByRole("tooltip");
  // 14:30 UTC is 22:30 in Shanghai, where this browser is (the page refreshes once it told the server).
  await expect(page.getByRole("tooltip", { includeHidden: true })).toHaveText(/March 5, 2026.*10:30\sPM/);
  await expect(tip).toBeHidden();
  await date.focus();
  await expect(tip).toBeVisible();
  await expect(date).toHaveAccessibleDescription(/March 5, 2026/);
  await page.keyboard.press("Escape");
  await expect(tip).toBeHidden();
  await context.close();
});
