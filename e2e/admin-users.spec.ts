import AxeBuilder from "@axe-core/playwright";
import { createUser } from "../prisma/factories";
import { expect, signIn, test } from "./fixtures";

// Issue 14: the admin area's people and audit log. Suspension ends the person's sessions at
// once: their open page is signed out on its next request, and they are back after unsuspension.

test("an admin suspends a user, whose open page is signed out, then unsuspends them", async ({
  page,
  browser,
  baseURL,
  db,
  signInAs,
}) => {
  const learner = await createUser(db);
  const learnerContext = await browser.newContext({ baseURL });
  const learnerPage = await learnerContext.newPage();
  await signIn(learnerPage, learner.email, learner.password);
  await learnerPage.goto("/me");
  await expect(learnerPage.getByTestId("current-user")).toHaveText(learner.name);

  const admin = await signInAs(await createUser(db, { role: "ADMIN" }));
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
  await page.getByLabel("Search users").fill(learner.email);
  const row = page.getByTestId("admin-user").filter({ hasText: learner.email });
  await expect(page.getByTestId("admin-user")).toHaveCount(1);
  await row.getByRole("button", { name: `Suspend ${learner.name}` }).click();
  await row.getByRole("button", { name: "Yes, suspend" }).click();
  await expect(page.getByText(`${learner.name} is suspended and signed out everywhere.`)).toBeVisible();
  await expect(row.getByText("Suspended", { exact: true })).toBeVisible();

  // The learner's next request finds no session.
  await learnerPage.reload();
  await expect(learnerPage.getByTestId("current-user")).toHaveCount(0);
  expect((await learnerPage.request.get("/api/notifications")).status()).toBe(401);

  await row.getByRole("button", { name: `Unsuspend ${learner.name}` }).click();
  await expect(page.getByText(`${learner.name} can sign in again.`)).toBeVisible();
  await expect(row.getByText("Suspended", { exact: true })).toHaveCount(0);
  await signIn(learnerPage, learner.email, learner.password);
  await learnerPage.goto("/me");
  await expect(learnerPage.getByTestId("current-user")).toHaveText(learner.name);
  await learnerContext.close();

  // Both changes are in the audit log, outside any course, found by who made them.
  await page.getByRole("navigation", { name: "Admin sections" }).getByRole("link", { name: "Audit log" }).click();
  await page.getByLabel("Actor").fill(admin.email);
  await expect(page.getByTestId("audit-event")).toHaveCount(2);
  await page.getByLabel("Action").selectOption({ label: "Suspended a user" });
  const event = page.getByTestId("audit-event");
  await expect(event).toHaveCount(1);
  await expect(event).toContainText("Outside courses");
  await expect(event).toContainText(learner.email);
});

test("an admin cannot suspend themselves (no button; the API answers 409)", async ({ page, db, signInAs }) => {
  const admin = await signInAs(await createUser(db, { role: "ADMIN" }));
  await page.goto("/admin/users");
  await page.getByLabel("Search users").fill(admin.email);
  const own = page.getByTestId("admin-user").filter({ hasText: admin.email });
  await expect(own).toContainText("(you)");
  await expect(own.getByRole("button", { name: /^Suspend/ })).toHaveCount(0);
  const res = await page.request.patch(`/api/admin/users/${admin.id}`, { data: { suspended: true } });
  expect(res.status()).toBe(409);
  expect((await res.json()).error.code).toBe("conflict");
});

for (const locale of ["en", "zh-CN"]) {
  test(`no serious accessibility violations on /admin/users and /admin/audit (${locale})`, async ({
    page,
    context,
    baseURL,
    db,
    signInAs,
  }) => {
    await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL! }]);
    await signInAs(await createUser(db, { role: "ADMIN" }));
    for (const path of ["/admin/users", "/admin/audit"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const { violations } = await new AxeBuilder({ page }).analyze();
      const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(serious.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    }
  });
}

// Refreshes docs/admin-*.png from the demo data (run: npm run e2e -- --grep screenshots with UPDATE_SCREENSHOTS=1).
test("screenshots of the admin area (users and audit log)", async ({ browser, baseURL, db }) => {
  test.skip(!process.env.UPDATE_SCREENSHOTS, "refreshes docs/ screenshots: only with UPDATE_SCREENSHOTS=1");
  const someone = await createUser(db, { name: "Lin Mei 林梅" });
  const shots = [
    ["en", { width: 1280, height: 1000 }, ["users", "audit"], "desktop"],
    ["zh-CN", { width: 390, height: 844 }, ["users"], "phone-zh"],
  ] as const;
  for (const [locale, viewport, pages, suffix] of shots) {
    const context = await browser.newContext({ baseURL, viewport, deviceScaleFactor: 1 });
    await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL! }]);
    const page = await context.newPage();
    await signIn(page, "admin@example.com", "jingxuan-demo");
    for (const data of [{ suspended: true }, { role: "admin" }, { role: "user" }]) {
      await page.request.patch(`/api/admin/users/${someone.id}`, { data });
    }
    for (const name of pages) {
      await page.goto(`/admin/${name}`);
      await expect(page.getByTestId(name === "users" ? "admin-user" : "audit-event").first()).toBeVisible();
      await page.screenshot({ path: `docs/admin-${name}-${suffix}.png` });
    }
    await context.close();
  }
});
