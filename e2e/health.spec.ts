import type { Browser } from "@playwright/test";
import { addMember, createCourse, createLesson, createUser, type TestUser } from "../prisma/factories";
import { expect, signIn, test } from "./fixtures";

const HOUR = 3600_000;

async function openAs(browser: Browser, baseURL: string | undefined, user: TestUser, width = 1280) {
  const context = await browser.newContext({
    baseURL,
    viewport: { width, height: 900 },
    extraHTTPHeaders: { "x-forwarded-for": `198.51.100.${Math.floor(Math.random() * 250)}` },
  });
  const page = await context.newPage();
  await signIn(page, user.email, user.password);
  return page;
}

test("an instructor reads the course's curation health, as figures, charts and tables", async ({
  browser,
  baseURL,
  db,
}) => {
  const course = await createCourse(db, { title: "Health check" });
  const [teacher, ana, ben] = [
    await createUser(db, { name: "Teacher H" }),
    await createUser(db, { name: "Ana" }),
    await createUser(db, { name: "Ben" }),
  ];
  await addMember(db, course.id, teacher.id, "INSTRUCTOR");
  await addMember(db, course.id, ana.id);
  await addMember(db, course.id, ben.id);
  const lesson = await createLesson(db, course.id, teacher.id, { title: "Caches" });
  const now = Date.now();
  const write = (authorId: string, body: string, ageHours: number, waitHours?: number) =>
    db.comment.create({
      data: {
        courseId: course.id,
        articleId: lesson.id,
        authorId,
        body,
        status: waitHours === undefined ? "PENDING" : "FEATURED",
        createdAt: new Date(now - ageHours * HOUR),
        featuredAt: waitHours === undefined ? null : new Date(now - (ageHours - waitHours) * HOUR),
      },
    });
  // Ana: two features after 2 h and 4 h (median 3 h), one a question nobody answered; Ben: one overdue comment.
  await write(ana.id, "When should a cache be invalidated?", 30, 2);
  await write(ana.id, "Great lesson.", 20, 4);
  await write(ben.id, "Still waiting here.", 72);
  await db.auditEvent.create({
    data: {
      courseId: course.id,
      actorId: teacher.id,
      action: "comment.curate",
      targetType: "article",
      targetId: lesson.id,
    },
  });

  const page = await openAs(browser, baseURL, teacher);
  await page.goto("/studio");
  await page.getByRole("navigation", { name: "Studio sections" }).getByRole("link", { name: "Health" }).click();
  await expect(page.getByRole("heading", { name: "Curation health" })).toBeVisible();
  const figure = (label: string) => page.locator("dt", { hasText: label }).locator("xpath=..");
  const value = (label: string) => figure(label).locator("dd").first();
  await expect(value("Typical time to feature")).toHaveText("3 h");
  await expect(value("Waiting over 48 hours")).toHaveText("1");
  await expect(value("Learners ever featured")).toHaveText("50%");
  await expect(figure("Learners ever featured")).toContainText("1 of 2 commenting learners");
  await expect(value("Spread of features (Gini)")).toHaveText("0.5");
  await expect(value("Featured questions without an answer")).toHaveText("1");
  await expect(page.getByRole("link", { name: "When should a cache be invalidated?" })).toBeVisible();
  await expect(page.locator(".recharts-bar-rectangle").first()).toBeVisible();

  const tables = page.getByRole("button", { name: "Show the numbers as tables" });
  await tables.click();
  await expect(page.getByRole("heading", { name: "The same numbers as tables" })).toBeVisible();
  const work = page.getByRole("table", { name: "Share of the curation work" });
  await expect(work).toBeVisible();
  await expect(work.getByRole("row", { name: /Teacher H/ })).toContainText("100%");
  await page.getByRole("button", { name: "Hide the tables" }).click();
  await expect(tables).toHaveAttribute("aria-expanded", "false");
  await page.context().close();
});

test("on a phone, the studio's tab row shows it scrolls and keeps the current tab in view", async ({
  browser,
  baseURL,
  db,
}) => {
  const course = await createCourse(db);
  const teacher = await createUser(db);
  await addMember(db, course.id, teacher.id, "INSTRUCTOR");
  const page = await openAs(browser, baseURL, teacher, 390);
  await page.goto("/studio/blocked-words");
  const tabs = page.getByRole("navigation", { name: "Studio sections" });
  await expect(tabs.getByRole("link", { name: "Blocked words" })).toBeInViewport({ ratio: 1 });
  await expect(tabs.getByRole("link", { name: "Queue" })).not.toBeInViewport({ ratio: 1 });
  await page.goto("/studio");
  await expect(tabs.getByRole("link", { name: "Queue" })).toBeInViewport({ ratio: 1 });
  // The hint: the row's far edge fades while more tabs lie beyond it.
  await expect(page.getByTestId("tabs-more-after")).toHaveCSS("opacity", "1");
  await expect(page.getByTestId("tabs-more-before")).toHaveCSS("opacity", "0");
  await page.context().close();
});
