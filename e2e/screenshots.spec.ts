// Refreshes the screenshots in docs/: UPDATE_SCREENSHOTS=1 npm run e2e -- --grep screenshots
import { reindexStale } from "../lib/search/reindex";
import { expect, signIn, test } from "./fixtures";

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
  test.setTimeout(120_000);
  await reindexStale(db);
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

// Learners of the demo course asking one question three ways, and one asking something else.
const SAME_QUESTION = [
  ["priya@example.com", "一致性哈希在实际系统里用在哪里？"],
  ["mateo@example.com", "Where is consistent hashing actually used in real systems?"],
  ["yuki@example.com", "一致性哈希有哪些实际的应用场景？比如缓存集群？"],
  ["wei@example.com", "这节课的图能不能放大一点？手机上看不清。"],
] as const;

test("screenshots of the queue grouped by question", async ({ browser, baseURL, db }) => {
  const lesson = await db.article.findFirstOrThrow({
    where: { slug: "why-systems-fall-over", course: { slug: "high-concurrency" } },
  });
  await db.comment.deleteMany({
    where: { articleId: lesson.id, status: "PENDING", body: { in: SAME_QUESTION.map(([, body]) => body) } },
  });
  for (const [email, body] of SAME_QUESTION) {
    const author = await db.user.findUniqueOrThrow({ where: { email } });
    await db.comment.create({ data: { courseId: lesson.courseId, articleId: lesson.id, authorId: author.id, body } });
  }
  for (const [name, viewport] of PUBLISHING_SHOTS) {
    const context = await browser.newContext({
      baseURL,
      viewport,
      locale: "zh-CN",
      extraHTTPHeaders: { "x-forwarded-for": `192.0.2.${(viewport.width % 200) + 31}` },
    });
    const page = await context.newPage();
    await signIn(page, "instructor@example.com", "jingxuan-demo");
    await page.goto(`/studio?articleId=${lesson.id}&group=1`);
    const group = page.getByTestId("question-group").first();
    await group.getByRole("button", { name: /展开/ }).click();
    await group.getByRole("button", { name: "一并回答" }).click();
    await page.screenshot({ path: `docs/studio-grouped-${name}.png`, fullPage: true });
    await context.close();
  }
});

// Issue 17: the article's FAQ section and a chapter recap, on screen and as printed.
const RECAP = "/courses/high-concurrency/chapters/demo-chapter-2/recap";
const FAQ_SHOTS = [
  ["desktop", "en", { width: 1280, height: 1000 }],
  ["phone", "zh-CN", { width: 390, height: 844 }],
] as const;

test("screenshots of the FAQ section and a chapter recap, on screen and in print", async ({ browser, baseURL }) => {
  for (const [name, locale, viewport] of FAQ_SHOTS) {
    const context = await browser.newContext({
      baseURL,
      viewport,
      locale,
      extraHTTPHeaders: { "x-forwarded-for": `192.0.2.${(viewport.width % 200) + 21}` },
    });
    const page = await context.newPage();
    await page.goto(ARTICLE);
    const faq = page.locator("section[aria-labelledby=faq-heading]");
    await faq.locator("summary").first().click();
    await faq.evaluate((el) => el.scrollIntoView({ block: "start" }));
    await page.evaluate(() => window.scrollBy(0, -24));
    await page.screenshot({ path: `docs/faq-${name}.png` });
    await page.goto(RECAP);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.screenshot({ path: `docs/recap-${name}.png`, fullPage: name === "desktop" });
    if (name === "desktop") {
      await page.emulateMedia({ media: "print" });
      await page.setViewportSize({ width: 794, height: 1123 }); // an A4 page at 96 dpi
      await page.screenshot({ path: "docs/recap-print.png", fullPage: true });
    }
    await context.close();
  }
});

// Curation health of the demo course. Pinning and unpinning a featured comment (state unchanged)
// gives the "share of the curation work" chart an instructor's and an admin's actions.
test("screenshots of curation health", async ({ browser, baseURL, db }) => {
  const comment = await db.comment.findFirstOrThrow({
    where: { status: "FEATURED", pinnedAt: null, deletedAt: null, course: { slug: "high-concurrency" } },
    orderBy: { createdAt: "asc" },
  });
  const shots = [
    ["desktop", { width: 1280, height: 1000 }, "en"],
    ["phone", { width: 390, height: 844 }, "en"],
    ["phone-zh", { width: 390, height: 844 }, "zh-CN"],
  ] as const;
  for (const [i, [name, viewport, locale]] of shots.entries()) {
    const context = await browser.newContext({
      baseURL,
      viewport,
      locale,
      extraHTTPHeaders: { "x-forwarded-for": `192.0.2.${i + 61}` },
    });
    const page = await context.newPage();
    if (i === 0) {
      for (const [email, times] of [
        ["admin@example.com", 1],
        ["instructor@example.com", 2],
      ] as const) {
        await signIn(page, email, "jingxuan-demo");
        for (let n = 0; n < times; n++)
          for (const pinned of [true, false]) {
            const res = await page.request.patch(`/api/comments/${comment.id}/curation`, { data: { pinned } });
            expect(res.status()).toBe(200);
          }
      }
    } else {
      await signIn(page, "instructor@example.com", "jingxuan-demo");
    }
    await page.goto("/studio/health?course=high-concurrency");
    await expect(page.locator(".recharts-bar-rectangle").first()).toBeVisible();
    await page.screenshot({ path: `docs/studio-health-${name}.png`, fullPage: true });
    await context.close();
  }
});
