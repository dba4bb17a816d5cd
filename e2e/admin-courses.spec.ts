import AxeBuilder from "@axe-core/playwright";
import { randomBytes } from "node:crypto";
import { createCourse, createUser } from "../prisma/factories";
import { expect, test } from "./fixtures";

test("an admin opens an invite-only course; bad input keeps what was typed", async ({ page, db, signInAs }) => {
  const taken = await createCourse(db);
  await signInAs(await createUser(db, { role: "ADMIN" }));
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin" }).click();
  await page.getByRole("navigation", { name: "Admin sections" }).getByRole("link", { name: "Courses" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Courses" })).toBeVisible();
  await expect(page.getByTestId("admin-course").filter({ hasText: taken.slug })).toBeVisible();

  const slug = `paid-${randomBytes(4).toString("hex")}`;
  await page.getByLabel("Slug").fill("Not A Slug");
  await page.getByLabel("Title").fill("High concurrency, by chapter");
  await page.getByLabel("Summary").fill("Paid, invite only.");
  await page.getByLabel("Trial lessons").fill("2");
  await page.getByRole("button", { name: "Open the course" }).click();
  await expect(page.locator("form").getByRole("alert")).toContainText("lower-case letters");
  await expect(page.getByLabel("Slug")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Title")).toHaveValue("High concurrency, by chapter");

  await page.getByLabel("Slug").fill(taken.slug);
  await page.getByRole("button", { name: "Open the course" }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText("That slug is taken. Choose another.");
  await expect(page.getByLabel("Summary")).toHaveValue("Paid, invite only.");

  await page.getByLabel("Slug").fill(slug);
  await page.getByRole("button", { name: "Open the course" }).click();
  await expect(page).toHaveURL(new RegExp(`/studio/courses/${slug}$`));
  const course = await db.course.findUniqueOrThrow({ where: { slug } });
  expect(course).toMatchObject({ enrollment: "INVITE", trialLessons: 2, title: "High concurrency, by chapter" });
});

test("the admin area is for admins: others see a plain page, visitors sign in", async ({ page, signInAs }) => {
  await page.goto("/admin/courses");
  await expect(page).toHaveURL(/\/signin\?next=(%2F|\/)admin/);
  await signInAs();
  await page.goto("/admin/courses");
  await expect(page.getByRole("heading", { name: "This area is for administrators" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin" })).toHaveCount(0);
});

for (const locale of ["en", "zh-CN"]) {
  test(`no serious accessibility violations on /admin/courses (${locale})`, async ({
    page,
    context,
    baseURL,
    db,
    signInAs,
  }) => {
    await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL! }]);
    await signInAs(await createUser(db, { role: "ADMIN" }));
    await page.goto("/admin/courses");
    await page.locator("#course-slug").fill("Bad Slug"); // with the form's errors showing
    await page.locator("form button[type=submit]").click();
    await expect(page.locator("#course-slug-error")).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).analyze();
    const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
}
