import { createCourse, createLesson, createUser } from "../prisma/factories";
import { attemptSignIn, expect, LIVE_MS, test } from "./fixtures";

test("a new learner signs up, signs out and signs in again", async ({ page }) => {
  const email = `New.Learner.${Date.now()}@Example.com`;
  await page.goto("/signup");
  await page.getByLabel("Name").fill("Ada Learner");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("a-good-password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("current-user")).toHaveText("Ada Learner");

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();

  await page.goto("/signin");
  await page.getByLabel("Email").fill(email.toLowerCase());
  await page.getByLabel("Password").fill("a-good-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("current-user")).toHaveText("Ada Learner");
});

test("in Chinese, sign-up refuses a taken email and a short password", async ({ page, context, baseURL, db }) => {
  const taken = await createUser(db);
  await context.addCookies([{ name: "NEXT_LOCALE", value: "zh-CN", url: baseURL! }]);
  await page.goto("/signup");
  await page.getByLabel("昵称").fill("Ada Learner");
  await page.getByLabel("邮箱").fill(taken.email);
  await page.getByLabel("密码", { exact: true }).fill("short");
  await page.getByRole("button", { name: "创建账号" }).click();
  await expect(page.locator("#signup-password-error")).toHaveText("密码至少需要 8 个字符。");

  // What was typed stays: only the password needs fixing.
  await expect(page.getByLabel("昵称")).toHaveValue("Ada Learner");
  await expect(page.getByLabel("邮箱")).toHaveValue(taken.email);
  await page.getByLabel("密码", { exact: true }).fill("a-good-password");
  await page.getByRole("button", { name: "创建账号" }).click();
  await expect(page.locator("form [role=alert]")).toHaveText("已有账号使用此邮箱。");
});

test("in Chinese, a join after the session ended asks to sign in", async ({ page, context, baseURL, db, signInAs }) => {
  const course = await createCourse(db);
  await context.addCookies([{ name: "NEXT_LOCALE", value: "zh-CN", url: baseURL! }]);
  await signInAs();
  await page.goto(`/courses/${course.slug}`);
  await context.clearCookies({ name: /authjs\.session-token/ });
  await page.getByRole("button", { name: "加入课程" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "请先登录。" })).toBeVisible();
});

test("a wrong password gets one generic message, and the email stays typed", async ({ page }) => {
  await page.goto("/signin");
  await page.getByLabel("Email").fill("instructor@example.com");
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("form [role=alert]")).toHaveText("That email and password do not match an account.");
  await expect(page.getByLabel("Email")).toHaveValue("instructor@example.com");
});

test("the demo instructor signs in and sees the course as its instructor", async ({ page }) => {
  await page.goto("/signin");
  await page.getByLabel("Email").fill("instructor@example.com");
  await page.getByLabel("Password").fill("jingxuan-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("current-user")).toContainText("Chen Jing");
  await page.goto("/courses/high-concurrency");
  await expect(page.getByText("You teach this course")).toBeVisible();
});

test("the home page lists the demo course, in English and in Chinese", async ({ page, context, baseURL }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Courses" })).toBeVisible();
  await expect(page.getByRole("link", { name: /High-Concurrency System Design/ })).toBeVisible();

  await page.getByRole("combobox", { name: "Language" }).selectOption("zh-CN");
  await expect(page.getByRole("heading", { level: 1, name: "课程" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "课程" })).toBeVisible();
  expect((await context.cookies(baseURL)).find((c) => c.name === "NEXT_LOCALE")?.value).toBe("zh-CN");
});

test("Accept-Language chooses the first language", async ({ browser, baseURL }) => {
  const context = await browser.newContext({
    locale: "zh-CN",
    extraHTTPHeaders: { "accept-language": "zh-CN,zh;q=0.9" },
  });
  const page = await context.newPage();
  await page.goto(`${baseURL}/`);
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await context.close();
});

test("the session cookie is HttpOnly and SameSite=Lax", async ({ page, signInAs }) => {
  await signInAs();
  const cookie = (await page.context().cookies()).find((c) => c.name.endsWith("authjs.session-token"));
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });
});

test("unknown email and wrong password get the same answer", async ({ request }) => {
  const attempt = async (email: string) => {
    const res = await attemptSignIn(request, email, "wrong-password-1");
    return [res.status(), new URL(res.headers()["location"] ?? "http://x/").searchParams.get("error")];
  };
  expect(await attempt("nobody-at-all@test.example")).toEqual(await attempt("instructor@example.com"));
});

test("sign-in is rate-limited per account, whatever the address", async ({ playwright, baseURL, db }) => {
  test.setTimeout(120_000); // a hundred wrong guesses, each a password hash
  const user = await createUser(db);
  let status = 0;
  // 10 attempts per account per 10 minutes, scaled by RATE_LIMIT (10 in the test run).
  for (let i = 0; i < 120 && status !== 429; i++) {
    const ctx = await playwright.request.newContext({
      baseURL,
      extraHTTPHeaders: { "x-forwarded-for": `100.64.${i >> 8}.${i & 255}` },
    });
    const res = await attemptSignIn(ctx, user.email, "wrong-password-1");
    status = res.status();
    if (status === 429) {
      expect(Number(res.headers()["retry-after"])).toBeGreaterThan(0);
      expect((await res.json()).error.code).toBe("rate_limited");
    }
    await ctx.dispose();
  }
  expect(status).toBe(429);
});

test("after sign-in, a next address that leads off this site goes home instead", async ({ browser, baseURL, db }) => {
  const user = await createUser(db);
  const cases: Array<[next: string, landing: string]> = [
    ["/%5Cevil.example/", "/"],
    ["//evil.example/", "/"],
    ["/.//evil.example", "/"],
    ["javascript:alert(document.domain)", "/"],
    ["http://evil.example/", "/"],
    ["/me", "/me"],
  ];
  for (const [next, landing] of cases) {
    const context = await browser.newContext({
      baseURL,
      extraHTTPHeaders: { "x-forwarded-for": `192.0.2.${Math.floor(Math.random() * 250)}` },
    });
    const page = await context.newPage();
    // Given as it would arrive in a link: the query value exactly as written above.
    await page.goto(`/signin?next=${next.includes("%") ? next : encodeURIComponent(next)}`);
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill(user.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("current-user")).toBeVisible();
    await expect.poll(() => new URL(page.url()).origin, next).toBe(new URL(baseURL!).origin);
    expect(new URL(page.url()).pathname, next).toBe(landing);
    await context.close();
  }
  // A tab (or any control character) never reaches the page: the server refuses the address.
  const res = await browser.newContext({ baseURL }).then((c) => c.request.get("/signin?next=/%09/evil.example/"));
  expect(res.status()).toBe(400);
});

test("while strangers guess an account's password, its owner's browser still signs in", async ({
  page,
  playwright,
  browser,
  baseURL,
  db,
}) => {
  test.setTimeout(120_000); // a hundred wrong guesses, each a password hash
  const owner = await createUser(db);
  await page.goto("/signin");
  await page.getByLabel("Email").fill(owner.email);
  await page.getByLabel("Password").fill(owner.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("current-user")).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();

  // Wrong passwords from a new address each, until the account's budget for unknown browsers is spent.
  let status = 0;
  for (let i = 0; i < 120 && status !== 429; i++) {
    const ctx = await playwright.request.newContext({
      baseURL,
      extraHTTPHeaders: { "x-forwarded-for": `100.65.${i >> 8}.${i & 255}` },
    });
    status = (await attemptSignIn(ctx, owner.email, "a-wrong-guess")).status();
    await ctx.dispose();
  }
  expect(status).toBe(429);

  // A browser the account never used waits, even with the right password…
  const stranger = await browser.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": "100.66.0.1" } });
  const strangerPage = await stranger.newPage();
  await strangerPage.goto("/signin");
  await strangerPage.getByLabel("Email").fill(owner.email);
  await strangerPage.getByLabel("Password").fill(owner.password);
  await strangerPage.getByRole("button", { name: "Sign in" }).click();
  await expect(strangerPage.locator("form [role=alert]")).toContainText(/too many/i);
  await stranger.close();

  // …and the owner's own browser gets in.
  await page.goto("/signin");
  await page.getByLabel("Email").fill(owner.email);
  await page.getByLabel("Password").fill(owner.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("current-user")).toBeVisible();
});

test("pages carry a nonce-based Content-Security-Policy without unsafe-eval", async ({ request }) => {
  const res = await request.get("/");
  const csp = res.headers()["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(csp).not.toContain("unsafe-eval");
  expect(res.headers()["x-content-type-options"]).toBe("nosniff");
  expect(res.headers()["x-frame-options"]).toBe("DENY");
});

test("an article page breaks no rule of its policy: zod in the browser compiles no parser with eval", async ({
  page,
  db,
}) => {
  const course = await createCourse(db);
  const lesson = await createLesson(db, course.id, (await createUser(db)).id, { title: "Under a strict policy" });
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { cspViolations: seen });
    document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`/courses/${course.slug}/articles/${lesson.slug}`);
  await expect(page.locator('[data-live="live"]')).toBeAttached({ timeout: LIVE_MS * 4 }); // hydrated
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
});
