import { createComment } from "../prisma/factories";
import { startApp, type AppServer } from "../tests/support/app-server";
import { api, signIn } from "../tests/support/http";
import { expect, LIVE_MS, test } from "./fixtures";
import { createCast } from "./reader-cast";

// Visitors' reader pages come from the HTTP server's page cache (scripts/page-cache.mjs):
// nothing of a signed-in reader ever enters a shared copy, and a copy rendered before a
// change shows the change once loaded (its live stream replays what came after its render).

const VISITOR_CACHE_CONTROL = "public, max-age=0, s-maxage=2, stale-while-revalidate=30";

test("a visitor's copy never holds a reader's pending comment, their likes or an instructor's controls", async ({
  db,
  baseURL,
}) => {
  const base = baseURL!;
  const { lesson, author, teacher, featured, url } = await createCast(db);
  const pending = `Only mine until featured ${Date.now()}`;
  const authorCookie = await signIn(base, author.email, author.password);
  const teacherCookie = await signIn(base, teacher.email, teacher.password);
  expect(
    (
      await api(base, `/api/articles/${lesson.id}/comments`, {
        method: "POST",
        cookie: authorCookie,
        body: { body: pending },
      })
    ).status,
  ).toBe(201);
  expect((await api(base, `/api/comments/${featured.id}/like`, { method: "PUT", cookie: authorCookie })).status).toBe(
    200,
  );

  const page = async (cookie?: string) => {
    const res = await fetch(base + url, { headers: cookie ? { cookie } : {} });
    return {
      state: res.headers.get("x-page-cache"),
      cacheControl: res.headers.get("cache-control"),
      html: await res.text(),
    };
  };
  const LIKED = /\\"likedByMe\\":true/;
  const CONTROLS = ">Show pending and hidden</button>"; // the words alone are in every page's messages

  // Signed-in readers get their own page, private, and it never fills the cache.
  const mine = await page(authorCookie);
  expect(mine).toMatchObject({ state: "bypass", cacheControl: "private, no-cache" });
  expect(mine.html).toContain(pending);
  expect(mine.html).toMatch(LIKED);
  const instructors = await page(teacherCookie);
  expect(instructors.state).toBe("bypass");
  expect(instructors.html).toContain(CONTROLS);
  expect((await page("authjs.session-token=not-a-session")).state).toBe("bypass");

  // Visitors share one copy, which holds none of it.
  const first = await page();
  const second = await page();
  expect(first.state).toBe("miss");
  expect(second.state).toBe("hit");
  for (const visitor of [first, second]) {
    expect(visitor.cacheControl).toBe(VISITOR_CACHE_CONTROL);
    expect(visitor.html).toContain("Where does the CDN sit?");
    expect(visitor.html).not.toContain(pending);
    expect(visitor.html).not.toMatch(LIKED);
    expect(visitor.html).not.toContain(CONTROLS);
  }
});

test.describe("a copy rendered before a change", () => {
  let server: AppServer;
  // A server of its own whose copies stay fresh for a minute: the second visitor surely
  // gets the copy rendered before the instructor featured the comment.
  test.beforeAll(async () => {
    server = await startApp(process.env.DATABASE_URL!, { PAGE_CACHE_FRESH_MS: "60000", RATE_LIMIT: "off" });
  });
  test.afterAll(async () => server?.kill());

  test("shows curation made after its render once loaded", async ({ browser, db }) => {
    const { lesson, author, teacher, url } = await createCast(db);
    const body = `Is the page cache per server? ${Date.now()}`;
    const pending = await createComment(db, {
      courseId: lesson.courseId,
      articleId: lesson.id,
      authorId: author.id,
      body,
    });

    const firstVisitor = await (await browser.newContext({ baseURL: server.url })).newPage();
    const rendered = await firstVisitor.goto(url);
    expect(rendered?.headers()["x-page-cache"]).toMatch(/^(miss|hit)$/);
    await expect(firstVisitor.getByRole("heading", { name: "Featured comments (1)" })).toBeVisible();

    const teacherCookie = await signIn(server.url, teacher.email, teacher.password);
    const featured = await api(server.url, `/api/comments/${pending.id}/curation`, {
      method: "PATCH",
      cookie: teacherCookie,
      body: { status: "featured" },
    });
    expect(featured.status).toBe(200);

    const secondVisitor = await (await browser.newContext({ baseURL: server.url })).newPage();
    const fromCache = await secondVisitor.goto(url);
    expect(fromCache?.headers()["x-page-cache"]).toBe("hit");
    expect(await fromCache?.text()).not.toContain(body); // the copy is from before
    await expect(secondVisitor.getByText(body)).toBeVisible({ timeout: LIVE_MS });
    await expect(secondVisitor.getByRole("heading", { name: "Featured comments (2)" })).toBeVisible();
    // The visitor who had the page open sees it arrive too.
    await expect(firstVisitor.getByText(body)).toBeVisible({ timeout: LIVE_MS });
  });
});
