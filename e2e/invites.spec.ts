import AxeBuilder from "@axe-core/playwright";
import { randomBytes } from "node:crypto";
import { addMember, createCourse, createUser } from "../prisma/factories";
import { expect, test } from "./fixtures";

// Issue 13: an instructor invites learners by link; a newcomer signs up through it and lands
// in the course; a spent invite's page answers 410 and says why.

const inviteOnlyCourse = async (db: Parameters<typeof createCourse>[0]) => {
  const course = await createCourse(db);
  return db.course.update({ where: { id: course.id }, data: { enrollment: "INVITE" } });
};

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

test("an instructor shares a learner invite; a visitor signs up through it and joins", async ({
  page,
  browser,
  baseURL,
  db,
  signInAs,
}) => {
  const course = await inviteOnlyCourse(db);
  const teacher = await signInAs();
  await addMember(db, course.id, teacher.id, "INSTRUCTOR");

  await page.goto(`/studio/courses/${course.slug}/invites`);
  await expect(page.getByText("No invites yet")).toBeVisible();
  await expect(page.getByLabel("Role")).toHaveValue("learner");
  await expect(page.getByLabel("Role").locator("option")).toHaveText(["Learner"]); // instructors invite learners only
  await page.getByLabel("Uses").fill("0");
  await page.getByRole("button", { name: "Create invite" }).click();
  await expect(page.getByText("Enter a whole number from 1 to 10,000")).toBeVisible();
  await page.getByLabel("Uses").fill("5");
  await page.getByRole("button", { name: "Create invite" }).click();
  await expect(page.getByText("Invite created. Copy its link and share it.")).toBeVisible();
  const row = page.getByRole("list", { name: "Links" }).getByRole("listitem");
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("0 of 5");
  await expect(row).toContainText("Active");

  await page.getByRole("button", { name: "Copy link", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Copied" }).first()).toBeVisible();
  const url = await page.evaluate(() => navigator.clipboard.readText());
  expect(url).toMatch(new RegExp(`^${baseURL}/invite/[A-Za-z0-9_-]{22}$`));
  const path = new URL(url).pathname;

  const visitorContext = await browser.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": "192.0.2.131" } });
  const visitor = await visitorContext.newPage();
  await visitor.goto(path);
  await expect(visitor.getByRole("heading", { level: 1, name: course.title })).toBeVisible();
  await expect(visitor.getByText("This invite makes you a learner of the course.")).toBeVisible();
  await visitor.getByRole("article").getByRole("link", { name: "Sign up" }).click();
  const email = `newcomer-${randomBytes(4).toString("hex")}@test.example`;
  await visitor.getByLabel("Name").fill("Newcomer");
  await visitor.getByLabel("Email").fill(email);
  await visitor.getByLabel("Password").fill("a long enough password");
  await visitor.getByRole("button", { name: "Create account" }).click();
  await expect(visitor).toHaveURL(new RegExp(`${path}$`));
  await visitor.getByRole("button", { name: "Join the course" }).click();
  await expect(visitor).toHaveURL(new RegExp(`/courses/${course.slug}$`));

  const newcomer = await db.user.findUniqueOrThrow({ where: { email } });
  const member = await db.courseMember.findUniqueOrThrow({
    where: { courseId_userId: { courseId: course.id, userId: newcomer.id } },
  });
  expect(member.role).toBe("LEARNER");
  await page.reload();
  await expect(row).toContainText("1 of 5");
  await visitorContext.close();
});

test("a spent invite's page answers 410 and says why; an unknown one 404", async ({ page, db }) => {
  const course = await inviteOnlyCourse(db);
  const expired = await db.invite.create({
    data: {
      code: randomBytes(16).toString("base64url"),
      courseId: course.id,
      expiresAt: new Date(Date.now() - 60_000),
    },
  });
  const res = await page.goto(`/invite/${expired.code}`);
  expect(res?.status()).toBe(410);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This invite no longer works");
  await expect(page.getByText("The invite has expired.")).toBeVisible();

  const usedUp = await db.invite.create({
    data: { code: randomBytes(16).toString("base64url"), courseId: course.id, maxUses: 1, uses: 1 },
  });
  expect((await page.goto(`/invite/${usedUp.code}`))?.status()).toBe(410);
  await expect(page.getByText("The invite has been used up")).toBeVisible();

  expect((await page.goto(`/invite/${randomBytes(16).toString("base64url")}`))?.status()).toBe(404);
});

test("an admin promotes a learner; an instructor removes a learner after confirming", async ({
  page,
  db,
  signInAs,
}) => {
  const course = await createCourse(db);
  const [ana, bo] = [await createUser(db, { name: "Ana Lima" }), await createUser(db, { name: "Bo Chen" })];
  await addMember(db, course.id, ana.id);
  await addMember(db, course.id, bo.id);
  const teacher = await signInAs();
  await addMember(db, course.id, teacher.id, "INSTRUCTOR");

  await page.goto(`/studio/courses/${course.slug}/members`);
  await page.getByLabel("Search members").fill("ana l");
  const list = page.getByRole("list", { name: "Members" });
  await expect(list.getByRole("listitem")).toHaveCount(1);
  await expect(list).toContainText("Ana Lima");
  await expect(page.getByRole("combobox", { name: "Role of Ana Lima" })).toHaveCount(0); // instructors cannot promote
  await page.getByRole("button", { name: "Remove Ana Lima from the course" }).click();
  await page.getByRole("button", { name: "Yes, remove" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Ana Lima was removed." })).toBeVisible();
  await page.getByLabel("Search members").fill("nobody-at-all");
  await expect(page.getByText("Nobody matches “nobody-at-all”.")).toBeVisible();
  expect(await db.courseMember.count({ where: { courseId: course.id, userId: ana.id } })).toBe(0);

  const admin = await createUser(db, { role: "ADMIN" });
  await page.context().clearCookies();
  await signInAs(admin);
  await page.goto(`/studio/courses/${course.slug}/members`);
  await page.getByRole("combobox", { name: "Role of Bo Chen" }).selectOption("instructor");
  await expect(page.getByRole("status").filter({ hasText: "Bo Chen is now an instructor." })).toBeVisible();
  const bos = await db.courseMember.findUniqueOrThrow({
    where: { courseId_userId: { courseId: course.id, userId: bo.id } },
  });
  expect(bos.role).toBe("INSTRUCTOR");
});

for (const locale of ["en", "zh-CN"]) {
  test(`no serious accessibility violations on the invite, members and invites pages (${locale})`, async ({
    page,
    context,
    baseURL,
    db,
    signInAs,
  }) => {
    await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL! }]);
    const course = await inviteOnlyCourse(db);
    const invite = await db.invite.create({
      data: { code: randomBytes(16).toString("base64url"), courseId: course.id, maxUses: 3 },
    });
    const check = async (path: string) => {
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      const { violations } = await new AxeBuilder({ page }).analyze();
      const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(serious.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    };
    await check(`/invite/${invite.code}`);
    const teacher = await signInAs();
    await addMember(db, course.id, teacher.id, "INSTRUCTOR");
    await check(`/invite/${invite.code}`);
    await check(`/studio/courses/${course.slug}/members`);
    await check(`/studio/courses/${course.slug}/invites`);
  });
}
