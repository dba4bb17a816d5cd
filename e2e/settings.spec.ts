import { randomBytes } from "node:crypto";
import sharp from "sharp";
import { addMember, createComment, createCourse, createLesson, createUser } from "../prisma/factories";
import { expect, signIn, test } from "./fixtures";

// Issue 14, /settings: a learner's own account. A name and a photo changed here show where
// others meet them; a password change ends every other session; refusals keep what was typed.

/** A photo wider than tall: the kept square is its middle third (red), not its sides (blue). */
const widePhoto = () =>
  sharp({ create: { width: 600, height: 200, channels: 3, background: { r: 0, g: 0, b: 255 } } })
    .composite([
      {
        input: { create: { width: 200, height: 200, channels: 3, background: { r: 255, g: 0, b: 0 } } },
        left: 200,
        top: 0,
      },
    ])
    .png()
    .toBuffer();

test("a learner changes name and photo, and their featured comment shows the new ones", async ({
  page,
  db,
  signInAs,
}) => {
  const learner = await signInAs();
  const course = await createCourse(db);
  const teacher = await createUser(db);
  await addMember(db, course.id, teacher.id, "INSTRUCTOR");
  await addMember(db, course.id, learner.id);
  const lesson = await createLesson(db, course.id, teacher.id);
  await createComment(db, {
    courseId: course.id,
    articleId: lesson.id,
    authorId: learner.id,
    status: "FEATURED",
    body: "Queues trade latency for throughput.",
  });
  const lessonUrl = `/courses/${course.slug}/articles/${lesson.slug}`;
  await page.goto(lessonUrl); // the comment list is cached as it is now, with the old name
  await expect(page.getByRole("article", { name: `Comment by ${learner.name}` })).toBeVisible();

  await page.goto("/");
  await page.getByRole("link", { name: "Settings" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  const newName = `Ada ${randomBytes(3).toString("hex")}`;
  await page.getByLabel("Name", { exact: true }).fill(`  ${newName}  `);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await expect(page.getByTestId("current-user")).toHaveText(newName);

  await page
    .getByLabel("Choose a photo")
    .setInputFiles({ name: "me.png", mimeType: "image/png", buffer: await widePhoto() });
  await expect(page.getByRole("img", { name: "Preview of your new photo" })).toBeVisible();
  await page.getByRole("button", { name: "Save photo" }).click();
  await expect(page.getByText("Photo saved.")).toBeVisible();

  await page.goto(lessonUrl);
  const comment = page.getByRole("article", { name: `Comment by ${newName}` });
  await expect(comment).toContainText("Queues trade latency for throughput.");
  const src = await comment.locator("img").first().getAttribute("src");
  expect(src).toMatch(/^\/api\/uploads\/[0-9a-f]{64}$/);
  // Cropped to the centre square and made small: 256 × 256, red all over.
  const photo = await page.request.get(src!);
  const { data, info } = await sharp(await photo.body())
    .raw()
    .toBuffer({ resolveWithObject: true });
  expect([info.width, info.height]).toEqual([256, 256]);
  const at = (x: number, y: number) => data.subarray((y * 256 + x) * info.channels, (y * 256 + x) * info.channels + 3);
  for (const [x, y] of [
    [128, 128],
    [12, 128],
    [243, 128],
  ] as const) {
    const [r, , b] = at(x, y);
    expect(r, `red at ${x},${y}`).toBeGreaterThan(200);
    expect(b, `no blue at ${x},${y}`).toBeLessThan(60);
  }
});

test("a password change ends the session in another browser, not in this one", async ({
  browser,
  baseURL,
  page,
  db,
}) => {
  const user = await createUser(db);
  await signIn(page, user.email, user.password);
  const other = await browser.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": "192.0.2.214" } });
  const otherPage = await other.newPage();
  await signIn(otherPage, user.email, user.password);
  await otherPage.goto("/settings");
  await expect(otherPage.getByTestId("current-user")).toHaveText(user.name);

  await page.goto("/settings");
  await page.getByLabel("Current password").fill(user.password);
  await page.getByLabel("New password").fill("a new and longer password");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Password changed. Other devices have been signed out.")).toBeVisible();

  // This browser carries on; the other one's next request is signed out.
  await page.reload();
  await expect(page.getByTestId("current-user")).toHaveText(user.name);
  expect((await otherPage.request.get("/api/me")).status()).toBe(401);
  await otherPage.goto("/me");
  await expect(otherPage).toHaveURL(/\/signin/);
  await other.close();
});

const containing = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));

for (const [locale, text] of [
  [
    "en",
    {
      name: "Name",
      save: "Save",
      nameMissing: "Enter your name.",
      current: "Current password",
      next: "New password",
      change: "Change password",
      tooShort: "Use at least 8 characters.",
      wrong: "That is not your current password.",
    },
  ],
  [
    "zh-CN",
    {
      name: "名字",
      save: "保存",
      nameMissing: "请输入你的名字。",
      current: "当前密码",
      next: "新密码",
      change: "修改密码",
      tooShort: "密码至少需要 8 个字符。",
      wrong: "当前密码不对。",
    },
  ],
] as const) {
  test(`settings keep what was typed and say what is wrong by field (${locale})`, async ({
    page,
    context,
    baseURL,
    signInAs,
  }) => {
    await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL! }]);
    await signInAs();
    await page.goto("/settings");
    await expect(page.locator("html")).toHaveAttribute("lang", locale);

    const name = page.getByLabel(text.name, { exact: true });
    await name.fill("   ");
    await page.getByRole("button", { name: text.save, exact: true }).click();
    await expect(name).toHaveAttribute("aria-invalid", "true");
    await expect(name).toHaveAccessibleDescription(containing(text.nameMissing));
    await expect(name).toHaveValue("   ");

    const current = page.getByLabel(text.current);
    const next = page.getByLabel(text.next);
    await current.fill("not my password");
    await next.fill("short");
    await page.getByRole("button", { name: text.change }).click();
    await expect(next).toHaveAccessibleDescription(containing(text.tooShort));
    await expect(current).toHaveValue("not my password");
    await expect(next).toHaveValue("short");

    await next.fill("long enough now");
    await page.getByRole("button", { name: text.change }).click();
    await expect(current).toHaveAccessibleDescription(text.wrong);
    await expect(current).toHaveValue("not my password");
    await expect(next).toHaveValue("long enough now");
    await expect(next).toHaveAttribute("aria-invalid", "false");
  });
}

test("dates show in the browser's time zone, or in the one saved in settings", async ({ browser, baseURL, db }) => {
  const course = await createCourse(db);
  const teacher = await createUser(db);
  await addMember(db, course.id, teacher.id, "INSTRUCTOR");
  const lesson = await createLesson(db, course.id, teacher.id);
  // 20:00 UTC on 1 January is already 2 January in Tokyo, still 1 January in Los Angeles.
  await db.article.update({ where: { id: lesson.id }, data: { publishedAt: new Date("2026-01-01T20:00:00Z") } });
  const reader = await createUser(db);
  const context = await browser.newContext({
    baseURL,
    timezoneId: "Asia/Tokyo",
    extraHTTPHeaders: { "x-forwarded-for": "192.0.2.215" },
  });
  const page = await context.newPage();
  await signIn(page, reader.email, reader.password);
  const published = page.locator("header time");
  await page.goto(`/courses/${course.slug}/articles/${lesson.slug}`);
  await expect(published).toHaveText("January 2, 2026");

  await page.goto("/settings");
  await page.getByLabel("Time zone").selectOption("America/Los_Angeles");
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await page.goto(`/courses/${course.slug}/articles/${lesson.slug}`);
  await expect(published).toHaveText("January 1, 2026");
  await context.close();
});
