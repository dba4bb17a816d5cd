import config from "../playwright.config";
import { addMember, createUser } from "../prisma/factories";
import { api, signIn } from "../tests/support/http";
import { expect, LIVE_MS, signIn as signInPage, test } from "./fixtures";
import { createCast } from "./reader-cast";

// Pages are never sent `no-store` (visitors' are public for a moment, readers' private), and
// the live stream closes while a page is hidden, so the browser can keep the page whole
// for the back button. Playwright turns that cache off by default; this file turns it on.
test.use({
  launchOptions: { ...config.use?.launchOptions, ignoreDefaultArgs: ["--disable-back-forward-cache"] },
});

test("the article page returns from the back/forward cache, for a visitor and a reader, and goes on live", async ({
  browser,
  db,
  baseURL,
}) => {
  const { course, featured, author, url } = await createCast(db);
  for (const who of ["visitor", "reader"] as const) {
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    if (who === "reader") await signInPage(page, author.email, author.password);
    await page.goto(url);
    await expect(page.locator('section[data-live="live"]')).toBeAttached();
    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
    await page.goto(`/courses/${course.slug}`);
    await page.goBack({ waitUntil: "commit" }); // a page restored whole fires no "load"
    const reasons = await page.evaluate(() =>
      JSON.stringify(
        (performance.getEntriesByType("navigation")[0] as unknown as { notRestoredReasons?: unknown })
          ?.notRestoredReasons ?? null,
      ),
    );
    expect(
      await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument),
      `${who}: ${reasons}`,
    ).toBe(true);
    // Restored, the page listens again and hears what happened meanwhile and after.
    await expect(page.locator('section[data-live="live"]')).toBeAttached();
    const liker = await createUser(db);
    await addMember(db, course.id, liker.id);
    const cookie = await signIn(baseURL!, liker.email, liker.password);
    const liked = await api(baseURL!, `/api/comments/${featured.id}/like`, { method: "PUT", cookie });
    const likes = (liked.json as { likeCount: number }).likeCount;
    await expect(
      page
        .getByRole("article")
        .filter({ hasText: "Where does the CDN sit?" })
        .getByRole("button", { name: `Like ${likes}`, exact: true }),
    ).toBeVisible({ timeout: LIVE_MS });
    await context.close();
  }
});
