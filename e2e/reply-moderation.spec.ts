import type { Browser } from "@playwright/test";
import type { PrismaClient } from "../lib/generated/prisma/client";
import { addMember, createComment, createCourse, createLesson, createUser, type TestUser } from "../prisma/factories";
import { expect, LIVE_MS, signIn, test } from "./fixtures";

// Reply moderation: a learner's reply waits for curation (the course's default), instructors
// publish it from the studio queue or hide it from the article page, and fix their own
// mistaken author replies (edit, delete).

async function openAs(browser: Browser, baseURL: string | undefined, user: TestUser, url: string) {
  const context = await browser.newContext({
    baseURL,
    extraHTTPHeaders: { "x-forwarded-for": `198.51.100.${1 + Math.floor(Math.random() * 250)}` },
  });
  const page = await context.newPage();
  await signIn(page, user.email, user.password);
  await page.goto(url);
  return page;
}

/** A course with a lesson, a featured comment by `author`, a learner `member` and an instructor `teacher`. */
async function createThread(db: PrismaClient, tag: string) {
  const course = await createCourse(db);
  const [author, member, teacher] = [
    await createUser(db, { name: `Author ${tag}` }),
    await createUser(db, { name: `Member ${tag}` }),
    await createUser(db, { name: `Teacher ${tag}` }),
  ];
  await addMember(db, course.id, author.id);
  await addMember(db, course.id, member.id);
  await addMember(db, course.id, teacher.id, "INSTRUCTOR");
  const lesson = await createLesson(db, course.id, teacher.id);
  const body = `Why shard by course? ${tag} ${Date.now()}`;
  await createComment(db, { courseId: course.id, articleId: lesson.id, authorId: author.id, status: "FEATURED", body });
  const url = `/courses/${course.slug}/articles/${lesson.slug}`;
  return { course, author, member, teacher, url, commentName: `Comment by Author ${tag}` };
}

test("a learner's reply waits for curation, an instructor publishes it from the queue, and it appears live for another viewer", async ({
  browser,
  db,
  baseURL,
}) => {
  test.slow(); // three people in three browsers
  const t = await createThread(db, "Q");
  const [pageMember, pageAuthor] = [
    await openAs(browser, baseURL, t.member, t.url),
    await openAs(browser, baseURL, t.author, t.url),
  ];
  for (const page of [pageMember, pageAuthor]) await expect(page.locator('section[data-live="live"]')).toBeAttached(); // subscribed

  // The member replies: the form says it waits, and the reply shows to them marked as such.
  const forMember = pageMember.getByRole("article", { name: t.commentName });
  await forMember.getByRole("button", { name: "Reply" }).first().click();
  await forMember.getByLabel("Your reply").fill("Because every query is keyed by course.");
  await forMember.getByRole("button", { name: "Post reply" }).click();
  await expect(forMember.getByRole("status").filter({ hasText: "awaits curation" })).toBeVisible();
  const mine = forMember.getByRole("article", { name: "Reply by Member Q" });
  await expect(mine).toContainText("Because every query is keyed by course.");
  await expect(mine).toContainText("Awaiting curation");
  await expect(forMember).toContainText("No replies");

  // Nobody else sees it, even after a reload.
  const forAuthor = pageAuthor.getByRole("article", { name: t.commentName });
  await expect(forAuthor).toContainText("No replies");
  await expect(forAuthor.getByText("Because every query is keyed by course.")).toHaveCount(0);

  // The instructor publishes it from the studio queue (the featured comment shown as its context).
  const pageTeacher = await openAs(browser, baseURL, t.teacher, `/studio?courseId=${t.course.id}`);
  const item = pageTeacher.getByRole("article", { name: "Reply by Member Q" });
  await expect(item).toContainText("Because every query is keyed by course.");
  await expect(item).toContainText("Why shard by course?");
  await item.getByRole("button", { name: /Publish reply/ }).click();
  await expect(item).toHaveCount(0);

  // The other viewer's open page shows it without reloading, counted; the member's loses its mark.
  await expect(forAuthor.getByText("Because every query is keyed by course.")).toBeVisible({ timeout: LIVE_MS });
  await expect(forAuthor).toContainText("1 reply", { timeout: LIVE_MS });
  await expect(mine).not.toContainText("Awaiting curation", { timeout: LIVE_MS });
  await pageAuthor.reload();
  await expect(pageAuthor.getByRole("article", { name: "Reply by Member Q" })).toBeVisible();
});

test("an instructor edits, then deletes, a mistaken author reply on the article page", async ({ page, db }) => {
  const t = await createThread(db, "E");
  await signIn(page, t.teacher.email, t.teacher.password);
  await page.goto(t.url);
  const comment = page.getByRole("article", { name: t.commentName });
  await comment.getByRole("button", { name: "Reply as author" }).click();
  await comment.getByLabel("Your reply").fill("Shard by user instead.");
  await comment.getByRole("button", { name: "Post reply" }).click();
  const reply = comment.getByRole("article", { name: "Reply by Teacher E" });
  await expect(reply).toContainText("Author reply");
  await expect(reply).not.toContainText("Awaiting curation"); // instructors' replies never wait
  await expect(comment).toContainText("1 reply");

  // Edit: an empty text is refused and kept in the box; a real fix is saved and marked edited.
  await reply.getByRole("button", { name: "Edit" }).click();
  const box = reply.getByLabel("Edit your reply");
  await box.fill("   ");
  await reply.getByRole("button", { name: "Save" }).click();
  await expect(reply.getByRole("alert")).toBeVisible();
  await expect(box).toHaveValue("   ");
  await box.fill("Shard by course: every query is keyed by it.");
  await reply.getByRole("button", { name: "Save" }).click();
  await expect(reply).toContainText("Shard by course: every query is keyed by it.");
  await expect(reply).toContainText("edited");
  await page.reload();
  await expect(comment.getByRole("article", { name: "Reply by Teacher E" })).toContainText(
    "Shard by course: every query is keyed by it.",
  );

  // Delete, after confirming: gone, and the count with it, also after a reload.
  await comment.getByRole("article", { name: "Reply by Teacher E" }).getByRole("button", { name: "Delete" }).click();
  const dialog = page.getByRole("dialog", { name: "Delete this reply?" });
  await dialog.getByRole("button", { name: "Delete" }).click();
  await expect(dialog).toBeHidden();
  await expect(comment.getByRole("article", { name: "Reply by Teacher E" })).toHaveCount(0);
  await expect(comment).toContainText("No replies");
  await page.reload();
  await expect(comment.getByRole("article", { name: "Reply by Teacher E" })).toHaveCount(0);
  await expect(comment).toContainText("No replies");
});

test("an instructor hides a learner's reply from the article page", async ({ browser, db, baseURL }) => {
  const t = await createThread(db, "H");
  // A published reply of the learner (the course's setting off for it: this test is about hiding).
  // Set before any page reads the course: servers cache its settings for a few seconds.
  await db.course.update({ where: { id: t.course.id }, data: { repliesNeedCuration: false } });
  const [learnerPage, teacherPage] = [
    await openAs(browser, baseURL, t.member, t.url),
    await openAs(browser, baseURL, t.teacher, t.url),
  ];
  await expect(learnerPage.locator('section[data-live="live"]')).toBeAttached(); // subscribed
  const forLearner = learnerPage.getByRole("article", { name: t.commentName });
  await forLearner.getByRole("button", { name: "Reply" }).first().click();
  await forLearner.getByLabel("Your reply").fill("Buy cheap watches here");
  await forLearner.getByRole("button", { name: "Post reply" }).click();
  await expect(forLearner).toContainText("1 reply");

  await teacherPage.reload();
  const comment = teacherPage.getByRole("article", { name: t.commentName });
  const reply = comment.getByRole("article", { name: "Reply by Member H" });
  await expect(reply.getByRole("button", { name: "Report" })).toHaveCount(0); // an instructor acts, not reports
  await reply.getByRole("button", { name: "Hide" }).click();
  await expect(reply).toHaveCount(0);
  await expect(comment).toContainText("No replies");
  await expect(forLearner.getByText("Buy cheap watches here")).toHaveCount(0, { timeout: LIVE_MS });
  await teacherPage.reload();
  await expect(teacherPage.getByText("Buy cheap watches here")).toHaveCount(0);
});
