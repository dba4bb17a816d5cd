import AxeBuilder from "@axe-core/playwright";
import type { Browser } from "@playwright/test";
import type { PrismaClient } from "../lib/generated/prisma/client";
import { reindexStale } from "../lib/search/reindex";
import { addMember, createComment, createCourse, createLesson, createUser } from "../prisma/factories";
import { expect, test } from "./fixtures";

// Issue 16, course search: a visitor searches an invite-only course in Chinese from its page,
// sees the matched words marked, pages on, and never meets the lesson past the trial.

const LOCKED_WORD = "漏桶算法";

async function searchableCourse(db: PrismaClient) {
  const course = await createCourse(db, { title: "高并发系统设计" });
  await db.course.update({ where: { id: course.id }, data: { enrollment: "INVITE", trialLessons: 1 } });
  const instructor = await createUser(db, { name: "陈老师" });
  const learner = await createUser(db, { name: "林同学" });
  await addMember(db, course.id, instructor.id, "INSTRUCTOR");
  await addMember(db, course.id, learner.id);
  const trial = await createLesson(db, course.id, instructor.id, {
    title: "缓存：让读请求少走几步",
    body: "## 读多写少\n\n先查缓存，未命中再查数据库，再把结果写回缓存。",
    position: 0,
  });
  const locked = await createLesson(db, course.id, instructor.id, {
    title: "限流：令牌桶与漏桶",
    body: `${LOCKED_WORD}按固定速率放行请求，多出来的缓存排队。`,
    position: 1,
  });
  for (let i = 1; i <= 12; i++) {
    await createComment(db, {
      courseId: course.id,
      articleId: trial.id,
      authorId: learner.id,
      status: "FEATURED",
      body: `第 ${i} 个问题：缓存过期以后，大量请求同时打到数据库怎么办？`,
    });
  }
  await reindexStale(db); // rows written straight to the database are indexed as setup does
  return { course, locked };
}

async function readerPage(browser: Browser, baseURL: string, locale: string, width = 1280) {
  const context = await browser.newContext({ baseURL, viewport: { width, height: 900 }, locale });
  await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL }]);
  return { context, page: await context.newPage() };
}

test("a visitor searches in Chinese, sees the words marked, pages on, and the locked lesson stays out", async ({
  browser,
  baseURL,
  db,
}) => {
  test.setTimeout(120_000);
  const { course, locked } = await searchableCourse(db);
  const { context, page } = await readerPage(browser, baseURL!, "zh-CN");

  await page.goto(`/courses/${course.slug}`);
  const search = page.getByRole("search");
  await search.getByLabel("在本课程中搜索").fill("缓存");
  await search.getByLabel("在本课程中搜索").press("Enter");
  await expect(page).toHaveURL(new RegExp(`/courses/${course.slug}/search\\?q=`));
  await expect(page.getByRole("heading", { name: "“缓存”的搜索结果" })).toBeVisible();
  await expect(page.getByRole("searchbox", { name: "在本课程中搜索" })).toHaveValue("缓存");

  const results = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("link") })
    .filter({ hasText: "缓存" });
  await expect(results).toHaveCount(10);
  await expect(results.first().locator("mark").first()).toHaveText("缓存");
  await expect(page.getByText("课时").first()).toBeVisible();
  await expect(page.getByText("精选评论").first()).toBeVisible();

  await page.getByRole("link", { name: "更多结果" }).click();
  await expect(results).toHaveCount(13); // the trial lesson and its twelve featured questions
  await expect(page.getByRole("link", { name: "更多结果" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "限流：令牌桶与漏桶" })).toHaveCount(0);

  await page.getByRole("searchbox", { name: "在本课程中搜索" }).fill(LOCKED_WORD);
  await page.getByRole("button", { name: "搜索" }).click();
  await expect(page.getByText(`本课程中没有与“${LOCKED_WORD}”相关的内容。`)).toBeVisible();
  expect(await page.content()).not.toContain(locked.title);

  const api = await page.request.get(`/api/courses/${course.slug}/search?q=${encodeURIComponent(LOCKED_WORD)}`);
  expect(await api.json()).toEqual({ items: [], nextCursor: null });
  await context.close();
});

test("the search page at 1280 and 390 px, in English and Chinese, with results and without", async ({
  browser,
  baseURL,
  db,
}, testInfo) => {
  test.setTimeout(180_000);
  const { course } = await searchableCourse(db);
  for (const locale of ["en", "zh-CN"]) {
    for (const width of [1280, 390]) {
      const { context, page } = await readerPage(browser, baseURL!, locale, width);
      for (const q of ["缓存 cache", "nothing-matches-this"]) {
        await page.goto(`/courses/${course.slug}/search?q=${encodeURIComponent(q)}`);
        await expect(page.getByRole("search")).toBeVisible();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${locale} ${width} ${q}`).toBeLessThanOrEqual(0);
        const { violations } = await new AxeBuilder({ page }).analyze();
        expect(violations, `${locale} ${width} ${q}`).toEqual([]);
        const name = `search-${locale}-${width}-${q === "缓存 cache" ? "results" : "none"}.png`;
        await page.screenshot({ path: testInfo.outputPath(name), fullPage: true });
      }
      await context.close();
    }
  }
});
