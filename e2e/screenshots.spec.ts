// Refreshes the screenshots in docs/ (run: npm run e2e -- --grep screenshots with UPDATE_SCREENSHOTS=1).
import { expect, signIn, test } from "./fixtures";

test.skip(!process.env.UPDATE_SCREENSHOTS, "only when refreshing docs/");

const ARTICLE = "/courses/high-concurrency/articles";

test("screenshots of the demo course", async ({ browser, baseURL }) => {
  for (const [name, viewport] of [["desktop", { width: 1280, height: 1400 }], ["phone", { width: 375, height: 1500 }]] as const) {
    const context = await browser.newContext({ baseURL, viewport, locale: "en", deviceScaleFactor: 1 });
    const page = await context.newPage();
    await signIn(page, "learner@example.com", "jingxuan-demo");
    await page.goto("/courses/high-concurrency");
    const first = page.getByRole("link").filter({ hasText: /./ }).locator("xpath=//ol//a").first();
    const href = await first.getAttribute("href");
    expect(href).toContain(ARTICLE);
    await page.goto(href!);
    await page.getByRole("heading", { name: /Featured comments/ }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `docs/article-${name}.png`, fullPage: false });
    await context.close();
  }
});
