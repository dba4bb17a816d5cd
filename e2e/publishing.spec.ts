import type { Page } from "@playwright/test";
import { randomBytes } from "node:crypto";
import sharp from "sharp";
import { createUser } from "../prisma/factories";
import { expect, signIn, test } from "./fixtures";

// Issue 13's whole publisher journey, as its people walk it: an admin opens an invite-only
// course and invites its instructor; the instructor writes a chapter of three lessons (one
// with an uploaded image, one scheduled), reorders them with the keyboard and publishes; a
// newcomer joins through a learner invite and reads everything; a visitor reads the trial.

test.use({ permissions: ["clipboard-read", "clipboard-write"] });
test.setTimeout(180_000);

const slug = `journey-${randomBytes(3).toString("hex")}`;

/** Creates an invite on the course's Invites tab and returns its path, read from the clipboard. */
async function createInvite(page: Page, role: "Learner" | "Instructor") {
  await page.goto(`/studio/courses/${slug}/invites`);
  await page.getByLabel("Role").selectOption({ label: role });
  await page.getByRole("button", { name: "Create invite" }).click();
  await expect(page.getByText("Invite created. Copy its link and share it.")).toBeVisible();
  await page.getByRole("button", { name: "Copy link", exact: true }).first().click();
  return new URL(await page.evaluate(() => navigator.clipboard.readText())).pathname;
}

/** Writes a lesson in the editor: title and text, waiting until autosave holds them. */
async function writeLesson(page: Page, title: string, body: string) {
  await page.getByRole("button", { name: "New lesson in Foundations" }).click();
  await page.getByLabel("Lesson title").fill(title);
  await page.getByRole("button", { name: "Create and edit" }).click();
  await expect(page.getByRole("heading", { name: "Edit lesson" })).toBeVisible();
  await page.getByLabel("Lesson text").fill(body);
  await expect(page.getByText(/Saved at/)).toBeVisible();
}

test("an admin opens a course, its instructor writes and publishes it, a learner and a visitor read it", async ({
  browser,
  baseURL,
  db,
}) => {
  const context = (ip: string) =>
    browser.newContext({
      baseURL,
      permissions: ["clipboard-read", "clipboard-write"],
      extraHTTPHeaders: { "x-forwarded-for": ip },
    });

  // 1. The admin opens an invite-only course with one trial lesson and invites an instructor.
  const admin = await createUser(db, { role: "ADMIN" });
  const adminPage = await (await context("192.0.2.141")).newPage();
  await signIn(adminPage, admin.email, admin.password);
  await adminPage.goto("/admin/courses");
  await adminPage.getByLabel("Slug").fill(slug);
  await adminPage.getByLabel("Title").fill("Queues in Practice");
  await adminPage.getByLabel("Summary").fill("Message queues from first principles to production.");
  await adminPage.getByLabel("Invite only").check();
  await adminPage.getByLabel("Trial lessons").fill("1");
  await adminPage.getByRole("button", { name: "Open the course" }).click();
  await expect(adminPage).toHaveURL(new RegExp(`/studio/courses/${slug}$`));
  const instructorInvite = await createInvite(adminPage, "Instructor");

  // 2. The instructor accepts, writes a chapter and three lessons, reorders and publishes.
  const teacher = await createUser(db);
  const page = await (await context("192.0.2.142")).newPage();
  await signIn(page, teacher.email, teacher.password);
  await page.goto(instructorInvite);
  await expect(page.getByText("This invite makes you an instructor of the course.")).toBeVisible();
  await page.getByRole("button", { name: "Join the course" }).click();
  await expect(page).toHaveURL(new RegExp(`/courses/${slug}$`));

  await page.goto(`/studio/courses/${slug}`);
  await expect(page.getByRole("heading", { name: "No lessons yet" })).toBeVisible();
  await page.getByLabel("New chapter").fill("Foundations");
  await page.getByRole("button", { name: "Add chapter" }).click();
  await expect(page.getByText("Chapter “Foundations” added.")).toBeVisible();

  const opening =
    "Queues absorb bursts. When traffic arrives faster than a service can handle it, a queue in front of it " +
    "lets requests wait their turn instead of failing, and the service works through them at the pace it can " +
    "sustain: the point of a buffer between producers and consumers.";
  await writeLesson(page, "Why queues", `${opening}\n\nA queue turns a spike into a backlog.\n\n`);
  const png = await sharp({ create: { width: 64, height: 40, channels: 3, background: "#3b82f6" } })
    .png()
    .toBuffer();
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Insert image" }).click();
  await (await chooser).setFiles({ name: "diagram.png", mimeType: "image/png", buffer: png });
  await expect(page.getByLabel("Lesson text")).toHaveValue(/!\[diagram\]\(\/api\/uploads\/[0-9a-f]{64}\)/);
  await expect(page.getByText(/Saved at/)).toBeVisible();
  await page.getByRole("button", { name: "Publish now" }).click();
  await expect(page.getByText("Published.")).toBeVisible();

  await page.goto(`/studio/courses/${slug}`);
  await writeLesson(page, "Back pressure", "When consumers fall behind, producers must slow down: back pressure.");
  await page.getByRole("button", { name: "Publish now" }).click();
  await expect(page.getByText("Published.")).toBeVisible();

  await page.goto(`/studio/courses/${slug}`);
  await writeLesson(page, "Exactly once", "Exactly-once delivery is at-least-once plus idempotence.");
  const tomorrow = new Date(Date.now() + 32 * 3600_000).toISOString().slice(0, 16); // ahead in any zone
  await page.getByLabel("Publish later, at").fill(tomorrow);
  await page.getByRole("button", { name: "Schedule" }).click();
  await expect(page.getByText(/^Scheduled for/)).toBeVisible();

  // Keyboard only: pick "Back pressure" up by its grip, move it up one place, drop it.
  await page.goto(`/studio/courses/${slug}`);
  const titles = page.getByRole("list").filter({ hasText: "Why queues" }).getByRole("link");
  await expect(titles).toHaveText(["Why queues", "Back pressure", "Exactly once"]);
  await page.getByRole("button", { name: "Drag lesson “Back pressure”" }).focus();
  // Each step waits for what a screen reader hears, as a person waits for the step to take.
  await page.keyboard.press("Space");
  await expect(page.getByText(/“Back pressure” is lesson 2 of 3/)).toBeAttached();
  await page.keyboard.press("ArrowUp");
  await expect(page.getByText(/“Back pressure” is lesson 1 of 3/)).toBeAttached();
  const saved = page.waitForResponse((r) => r.request().method() === "PATCH" && r.url().includes("/api/articles/"));
  await page.keyboard.press("Space");
  await expect(titles).toHaveText(["Back pressure", "Why queues", "Exactly once"]);
  expect((await saved).status()).toBe(200);
  await page.reload();
  await expect(titles).toHaveText(["Back pressure", "Why queues", "Exactly once"]);
  await expect(page.getByText(/Scheduled · /)).toBeVisible();

  // 3. The instructor creates a learner invite.
  const learnerInvite = await createInvite(page, "Learner");

  // 4. A newcomer signs up through the invite and reads every published lesson in full.
  const reader = await (await context("192.0.2.143")).newPage();
  await reader.goto(learnerInvite);
  await reader.getByRole("article").getByRole("link", { name: "Sign up" }).click();
  await reader.getByLabel("Name").fill("Newcomer");
  await reader.getByLabel("Email").fill(`newcomer-${randomBytes(4).toString("hex")}@test.example`);
  await reader.getByLabel("Password").fill("a long enough password");
  await reader.getByRole("button", { name: "Create account" }).click();
  await expect(reader).toHaveURL(new RegExp(`${learnerInvite}$`));
  await reader.getByRole("button", { name: "Join the course" }).click();
  await expect(reader).toHaveURL(new RegExp(`/courses/${slug}$`));
  const lessons = reader.getByRole("main").getByRole("link", { name: /Back pressure|Why queues|Exactly once/ });
  await expect(lessons).toHaveText([/Back pressure/, /Why queues/]); // the scheduled one is not out yet
  await lessons.filter({ hasText: "Why queues" }).click();
  await expect(reader.getByText("A queue turns a spike into a backlog.")).toBeVisible();
  const image = reader.getByRole("img", { name: "diagram" });
  await expect(image).toBeVisible();
  expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(64);
  await reader.goBack();
  await lessons.filter({ hasText: "Back pressure" }).click();
  await expect(reader.getByText("producers must slow down")).toBeVisible();

  // 5. A visitor reads the trial lesson in full, and only an excerpt of the next.
  const visitor = await (await context("192.0.2.144")).newPage();
  await visitor.goto(`/courses/${slug}`);
  await visitor.getByRole("link", { name: /Back pressure/ }).click();
  await expect(visitor.getByText("producers must slow down")).toBeVisible();
  await visitor.goto(`/courses/${slug}`);
  await visitor.getByRole("link", { name: /Why queues/ }).click();
  await expect(visitor.getByRole("heading", { name: "This lesson is for members" })).toBeVisible();
  await expect(visitor.getByText(/Queues absorb bursts/)).toBeVisible(); // the excerpt
  expect(await visitor.content()).not.toContain("A queue turns a spike into a backlog.");
});
