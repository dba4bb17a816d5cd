// Refreshes the screenshots in docs/: UPDATE_SCREENSHOTS=1 npm run e2e -- --grep screenshots
import { expect, signIn, test } from "./fixtures";
import { storeTerms } from "./similarity-terms";

test.skip(!process.env.UPDATE_SCREENSHOTS, "refreshes docs/ screenshots: only with UPDATE_SCREENSHOTS=1");

const ARTICLE = "/courses/high-concurrency/articles/why-systems-fall-over";
const SHOTS = [
  ["desktop", { width: 1280, height: 1100 }],
  ["phone", { width: 375, height: 812 }],
] as const;

test("screenshots of the article page", async ({ browser, baseURL }) => {
  for (const [name, viewport] of SHOTS) {
    const context = await browser.newContext({
      baseURL,
      viewport,
      locale: "en",
      extraHTTPHeaders: { "x-forwarded-for": `192.0.2.${viewport.width % 250}` },
    });
    const page = await context.newPage();
    await signIn(page, "learner@example.com", "jingxuan-demo");
    await page.goto(ARTICLE);
    await page
      .getByRole("heading", { name: /Featured comments/ })
      .evaluate((el) => el.scrollIntoView({ block: "start" }));
    await page.evaluate(() => window.scrollBy(0, -24));
    await page.screenshot({ path: `docs/article-${name}.png` });
    await context.close();
  }
});

const PUBLISHING_SHOTS = [
  ["desktop", { width: 1280, height: 900 }],
  ["phone", { width: 390, height: 844 }],
] as const;

test("screenshots of the course page by chapter and the lesson editor", async ({ browser, baseURL }) => {
  for (const [name, viewport] of PUBLISHING_SHOTS) {
    const context = await browser.newContext({
      baseURL,
      viewport,
      locale: "en",
      extraHTTPHeaders: { "x-forwarded-for": `192.0.2.${(viewport.width % 200) + 1}` },
    });
    const page = await context.newPage();
    await page.goto("/courses/flash-sale-systems");
    await page.screenshot({ path: `docs/course-chapters-${name}.png`, fullPage: name === "desktop" });
    await signIn(page, "wei@example.com", "jingxuan-demo");
    await page.goto("/studio/courses/flash-sale-systems");
    await page.getByRole("link", { name: /Decrementing Stock Without Overselling/ }).click();
    await page
      .getByText(/Saved|Changes save automatically/)
      .first()
      .waitFor();
    await page.screenshot({ path: `docs/lesson-editor-${name}.png` });
    await context.close();
  }
});

test("screenshots of the settings page", async ({ browser, baseURL }) => {
  for (const [name, viewport] of PUBLISHING_SHOTS) {
    const context = await browser.newContext({
      baseURL,
      viewport,
      locale: "en",
      extraHTTPHeaders: { "x-forwarded-for": `192.0.2.${(viewport.width % 200) + 11}` },
    });
    const page = await context.newPage();
    await signIn(page, "learner@example.com", "jingxuan-demo");
    await page.goto("/settings");
    await page.screenshot({ path: `docs/settings-${name}.png`, fullPage: true });
    await context.close();
  }
});

test("screenshots of the composer suggesting an answered question (zh-CN)", async ({ browser, baseURL, db }) => {
  // Seeded comments get their terms when the index catches up; the shots must not wait for it.
  test.setTimeout(120_000);
  await storeTerms(db, { courseSlug: "high-concurrency" });
  for (const [name, viewport] of PUBLISHING_SHOTS) {
    const context = await browser.newContext({
      baseURL,
      viewport,
      locale: "zh-CN",
      extraHTTPHeaders: { "x-forwarded-for": `192.0.2.${(viewport.width % 200) + 21}` },
    });
    const page = await context.newPage();
    await signIn(page, "learner@example.com", "jingxuan-demo");
    await page.goto("/courses/high-concurrency/articles/scaling-the-database");
    const composer = page.getByLabel("你的留言");
    const suggestions = page.getByRole("region", { name: "可能已经有答案" });
    await expect(async () => {
      await composer.fill("想问一下一致性哈希一般用在哪些场景？"); // again if it landed before hydration
      await expect(suggestions).toBeVisible({ timeout: 5_000 });
    }).toPass({ timeout: 30_000 });
    await page.getByRole("heading", { name: /精选留言/ }).evaluate((el) => el.scrollIntoView({ block: "start" }));
    await page.evaluate(() => window.scrollBy(0, -24));
    // docs/answers.md shows the desktop one.
    await page.screenshot({ path: `docs/composer-suggestions${name === "desktop" ? "" : `-${name}`}-zh.png` });
    await context.close();
  }
});
