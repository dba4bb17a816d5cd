import { addMember, createCourse, createLesson, createUser } from "../prisma/factories";
import { expect, signIn, test } from "./fixtures";

test("an instructor blocks a word; a comment containing it is held back with the reason", async ({ browser, db, baseURL }) => {
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
