import AxeBuilder from "@axe-core/playwright";
import type { PrismaClient } from "../lib/generated/prisma/client";
import { addMember, createCourse, createLesson, createUser } from "../prisma/factories";
import { expect, test } from "./fixtures";

// Issue 13, readers: a visitor reads an invite-only course's trial lesson in full and only the
// excerpt of the next, with the way in; the locked body is nowhere in the page's HTML.

const HIDDEN = "The hidden sentence of the second lesson is only for members.";
const SECOND_BODY = `## Why queues grow\n\nThe second lesson opens with **a question** about queues. ${"Each step adds a little more load to the system. ".repeat(
  6,
)}${HIDDEN}`;

async function inviteCourse(db: PrismaClient) {
  const course = await createCourse(db, { title: "Invite-only systems course" });
  await db.course.update({ where: { id: course.id }, data: { enrollment: "INVITE", trialLessons: 1 } });
  const instructor = await createUser(db, { name: "Ms Instructor" });
  await addMember(db, course.id, instructor.id, "INSTRUCTOR");
  const chapter = await db.chapter.create({ data: { courseId: course.id, title: "Getting started", position: 0 } });
  const lesson = (title: string, body: string, position: number, chapterId: string | null) =>
    createLesson(db, course.id, instructor.id, { title, body, position }).then((l) =>
      db.article.update({ where: { id: l.id }, data: { chapterId }, select: { slug: true } }),
    );
  const trial = await lesson("Why systems fall over", "The trial lesson reads in full for everyone.", 0, chapter.id);
  const locked = await lesson("Why queues grow", SECOND_BODY, 1, chapter.id);
  await lesson("Backpressure, in practice", "Members read this too.", 0, null);
  return { course, trial, locked };
}

test("a visitor reads the trial lesson in full and only the excerpt of the next", async ({ page, db }) => {
  const { course, trial, locked } = await inviteCourse(db);

  await page.goto(`/courses/${course.slug}/articles/${trial.slug}`);
  await expect(page.getByText("The trial lesson reads in full for everyone.")).toBeVisible();
  await expect(page.getByRole("heading", { name: /Featured comments/ })).toBeVisible();

  await page.goto(`/courses/${course.slug}/articles/${locked.slug}`);
  await expect(page.getByRole("heading", { level: 1, name: "Why queues grow" })).toBeVisible();
  await expect(page.getByText(/^The second lesson opens with a question about queues/)).toBeVisible();
  const box = page.getByRole("region", { name: "This lesson is for members" });
  await expect(box).toContainText("Ask the course's instructors for an invite");
  await expect(box.getByRole("link", { name: "Already a member? Sign in" })).toHaveAttribute(
    "href",
    new RegExp(`^/signin\\?next=`),
  );
  await expect(page.getByRole("heading", { name: /Featured comments/ })).toHaveCount(0);
  expect(await page.content()).not.toContain("hidden sentence");
  const api = await page.request.get(
    `/api/articles/${(await db.article.findFirstOrThrow({ where: { courseId: course.id, slug: locked.slug } })).id}`,
  );
  expect(await api.json()).toMatchObject({ locked: true });
});

test("the course page shows chapters, the trial and members-only lessons, and the way in", async ({ page, db }) => {
  const { course } = await inviteCourse(db);
  await page.goto(`/courses/${course.slug}`);
  await expect(page.getByRole("heading", { name: "Getting started" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "More lessons" })).toBeVisible();
  await expect(page.getByText("Invite-only course: join through an invite link from its instructors.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Join this course" })).toHaveCount(0);
  const rows = page.getByRole("listitem").filter({ has: page.getByRole("link") });
  await expect(rows.filter({ hasText: "Why systems fall over" })).toContainText("Trial");
  await expect(rows.filter({ hasText: "Why queues grow" })).toContainText("Members only");
  await expect(rows.filter({ hasText: "Backpressure, in practice" })).toContainText("Members only");
});

test("the course page and a locked lesson at 1280 and 390 px, in English and Chinese (archived)", async ({
  browser,
  baseURL,
  db,
}, testInfo) => {
  test.slow(); // four layouts, each with an accessibility scan: more steps than the default budget is sized for
  const { course, locked } = await inviteCourse(db);
  await db.course.update({ where: { id: course.id }, data: { archivedAt: new Date() } });
  for (const locale of ["en", "zh-CN"]) {
    for (const width of [1280, 390]) {
      const context = await browser.newContext({ baseURL, viewport: { width, height: 900 }, locale });
      await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL! }]);
      const page = await context.newPage();
      for (const [name, path] of [
        ["course", `/courses/${course.slug}`],
        ["locked", `/courses/${course.slug}/articles/${locked.slug}`],
      ] as const) {
        await page.goto(path);
        // Nothing runs off the side of a phone, and nothing seriously inaccessible.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        if (width === 1280) {
          const { violations } = await new AxeBuilder({ page }).analyze();
          expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual(
            [],
          );
        }
        await page.screenshot({ path: testInfo.outputPath(`${name}-${locale}-${width}.png`), fullPage: true });
      }
      await context.close();
    }
  }
});

test("a member of an archived course reads every lesson but is told it takes no new comments", async ({
  page,
  db,
  signInAs,
}, testInfo) => {
  const { course, locked } = await inviteCourse(db);
  await db.course.update({ where: { id: course.id }, data: { archivedAt: new Date() } });
  const learner = await createUser(db);
  await addMember(db, course.id, learner.id, "LEARNER");
  await signInAs(learner);
  await page.goto(`/courses/${course.slug}/articles/${locked.slug}`);
  await expect(page.getByText(HIDDEN)).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "This course is archived" })).toBeVisible();
  await expect(page.getByRole("textbox")).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath("archived-member.png"), fullPage: true });
  await page.goto(`/courses/${course.slug}/essays/new`);
  await expect(page.getByText("This course is archived")).toBeVisible();
  await expect(page.getByRole("textbox")).toHaveCount(0);
});
