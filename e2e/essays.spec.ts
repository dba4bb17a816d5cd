import type { Browser } from "@playwright/test";
import { addMember, createCourse, createLesson, createUser, type TestUser } from "../prisma/factories";
import { expect, signIn, test } from "./fixtures";

/** A browser context of its own for `user` (signed in), as a second person at another computer. */
async function personAt(browser: Browser, baseURL: string | undefined, user?: TestUser) {
  const context = await browser.newContext({
    baseURL,
    extraHTTPHeaders: { "x-forwarded-for": `203.0.113.${Math.floor(Math.random() * 250)}` },
  });
  const page = await context.newPage();
  if (user) await signIn(page, user.email, user.password);
  return page;
}

test("a reflection: written with autosave, submitted, returned with a note, revised, published, discussed", async ({
  browser,
  db,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const course = await createCourse(db);
  const [learner, teacher] = [
    await createUser(db, { name: "Learner Lin" }),
    await createUser(db, { name: "Teacher Chen" }),
  ];
  await addMember(db, course.id, learner.id);
  await addMember(db, course.id, teacher.id, "INSTRUCTOR");
  await createLesson(db, course.id, teacher.id);
  const title = `What queues taught me ${Date.now()}`;

  // The learner starts from the course page.
  const pageL = await personAt(browser, baseURL, learner);
  await pageL.goto(`/courses/${course.slug}`);
  await pageL.getByRole("link", { name: "Write a reflection" }).click();
  await expect(pageL.getByRole("heading", { level: 1, name: "Write a reflection" })).toBeVisible();
  const titleField = pageL.getByLabel("Title");
  const bodyField = pageL.getByRole("textbox", { name: "Reflection" });
  await titleField.fill(title);
  await bodyField.fill("## Little's law\n\nL = λW held in production.");

  // The preview renders markdown like the article page; the first autosave creates the draft.
  await expect(pageL.getByTestId("essay-preview").getByRole("heading", { name: "Little's law" })).toBeVisible();
  await expect(pageL).toHaveURL(/\/essays\/[^/]+\/edit$/);
  const saveState = pageL.getByTestId("save-state");
  await expect(saveState).toContainText("Saved at");
  await bodyField.press("End");
  await bodyField.pressSequentially(" Queue depth fell from 40k to 2k.");
  await expect(saveState).toHaveAttribute("data-dirty", "false");
  await expect(saveState).toContainText("Saved at");

  // The autosave survives a reload, with the device copy gone: the server has it.
  await pageL.evaluate(() => window.localStorage.clear());
  await pageL.reload();
  await expect(titleField).toHaveValue(title);
  await expect(bodyField).toHaveValue(/Queue depth fell from 40k to 2k\.$/);
  await expect(pageL.getByText("Draft", { exact: true })).toBeVisible();
  await pageL.getByRole("button", { name: "Submit for review" }).click();
  await expect(pageL.getByRole("status").filter({ hasText: "Submitted." })).toBeVisible();
  await expect(pageL.getByText("Submitted", { exact: true })).toBeVisible();
  await expect(bodyField).toHaveCount(0); // locked while under review

  // The instructor returns it with a note.
  const pageT = await personAt(browser, baseURL, teacher);
  await pageT.goto("/studio/essays");
  const review = pageT.getByRole("article", { name: title });
  await expect(review.getByRole("heading", { name: "Little's law" })).toBeVisible();
  await review.getByRole("button", { name: "Return with a note" }).click();
  await review.getByLabel("Note for Learner Lin").fill("Add the numbers from your incident.");
  await review.getByRole("button", { name: "Return to the author" }).click();
  await expect(review.getByRole("status")).toContainText("Returned to Learner Lin");

  // The learner sees the note, revises and resubmits.
  await pageL.reload();
  await expect(pageL.getByText("Returned", { exact: true })).toBeVisible();
  await expect(pageL.getByTestId("return-note")).toHaveText("Add the numbers from your incident.");
  await bodyField.press("End");
  await bodyField.pressSequentially(" p99 went from 2 s to 300 ms.");
  await pageL.getByRole("button", { name: "Submit again" }).click();
  await expect(pageL.getByRole("status").filter({ hasText: "Submitted." })).toBeVisible();

  // The instructor publishes the revision.
  await pageT.reload();
  const revised = pageT.getByRole("article", { name: title });
  await expect(revised).toContainText("Returned before: Add the numbers from your incident.");
  await expect(revised).toContainText("p99 went from 2 s to 300 ms.");
  await revised.getByRole("button", { name: "Publish" }).click();
  await expect(revised.getByRole("status")).toContainText("Published.");

  // Anyone sees it under Learner stories; a member comments on it.
  const visitor = await personAt(browser, baseURL);
  await visitor.goto(`/courses/${course.slug}`);
  await expect(
    visitor.getByRole("region", { name: "Learner stories" }).getByRole("link", { name: title }),
  ).toBeVisible();
  await pageL.goto(`/courses/${course.slug}`);
  const stories = pageL.getByRole("region", { name: "Learner stories" });
  await expect(stories.getByRole("region", { name: "My reflections" })).toContainText("Published");
  await stories.getByRole("link", { name: title }).first().click();
  await expect(pageL.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(pageL.getByText("p99 went from 2 s to 300 ms.")).toBeVisible();
  await pageL.getByLabel("Your comment").fill("Happy to answer questions about the incident.");
  await pageL.getByRole("button", { name: "Post comment" }).click();
  await expect(pageL.getByRole("article", { name: "Comment by Learner Lin" })).toContainText("Awaiting curation");
});

test("an expired session loses nothing: the text stays on the device and saves after signing in again", async ({
  page,
  context,
  db,
}) => {
  const course = await createCourse(db);
  const learner = await createUser(db, { name: "Learner Wu" });
  await addMember(db, course.id, learner.id);
  await signIn(page, learner.email, learner.password);
  await page.goto(`/courses/${course.slug}/essays/new`);
  const bodyField = page.getByRole("textbox", { name: "Reflection" });
  await page.getByLabel("Title").fill("Sessions expire");
  await bodyField.fill("First paragraph.");
  await expect(page).toHaveURL(/\/essays\/[^/]+\/edit$/);
  await expect(page.getByTestId("save-state")).toContainText("Saved at");
  const editUrl = page.url();

  // The session ends while the learner keeps typing.
  await context.clearCookies();
  await bodyField.press("End");
  await bodyField.pressSequentially(" Written after the session expired.");
  await expect(page.getByRole("alert").filter({ hasText: "Your session has expired" })).toBeVisible();
  await expect(bodyField).toHaveValue("First paragraph. Written after the session expired.");
  await expect(bodyField).toBeEditable();

  // Signed in again, the editor brings the device copy back and saves it.
  await signIn(page, learner.email, learner.password);
  await page.goto(editUrl);
  await expect(bodyField).toHaveValue("First paragraph. Written after the session expired.");
  await expect(page.getByTestId("save-state")).toContainText("Saved at");
  const id = editUrl.split("/").at(-2)!;
  await expect
    .poll(async () => (await db.article.findUniqueOrThrow({ where: { id } })).body)
    .toBe("First paragraph. Written after the session expired.");
});

test("leaving right after typing still saves the last words: page close and in-app navigation", async ({
  page,
  db,
  signInAs,
}) => {
  const course = await createCourse(db);
  const learner = await signInAs();
  await addMember(db, course.id, learner.id);
  const res = await page.request.post(`/api/courses/${course.slug}/essays`, { data: { title: "Leaving", body: "" } });
  const essay = (await res.json()) as { id: string; editHref: string };
  const stored = async () => (await db.article.findUniqueOrThrow({ where: { id: essay.id } })).body;
  const bodyField = page.getByRole("textbox", { name: "Reflection" });

  // A full page change (pagehide): a keepalive request carries the text.
  await page.goto(essay.editHref);
  await bodyField.fill("Typed just before closing.");
  await page.goto("/");
  await expect.poll(stored).toBe("Typed just before closing.");

  // A client-side navigation unmounts the editor, which sends what is unsaved.
  await page.goto(essay.editHref);
  await bodyField.fill("Typed just before clicking away.");
  await page.getByRole("link", { name: course.title }).first().click();
  await expect(page).toHaveURL(new RegExp(`/courses/${course.slug}$`));
  await expect.poll(stored).toBe("Typed just before clicking away.");
});

test("the essay API: a learner cannot publish, and another course's instructor cannot see a submission", async ({
  browser,
  db,
  baseURL,
}) => {
  const course = await createCourse(db);
  const other = await createCourse(db);
  const [learner, stranger] = [await createUser(db), await createUser(db)];
  await addMember(db, course.id, learner.id);
  await addMember(db, other.id, stranger.id, "INSTRUCTOR");
  const pageL = await personAt(browser, baseURL, learner);
  const created = await pageL.request.post(`/api/courses/${course.slug}/essays`, {
    data: { title: "Mine", body: "Text" },
  });
  expect(created.status()).toBe(201);
  const essay = (await created.json()) as { id: string; status: string };
  expect(essay.status).toBe("draft");
  expect((await pageL.request.patch(`/api/articles/${essay.id}`, { data: { action: "submit" } })).status()).toBe(200);
  const publish = await pageL.request.patch(`/api/articles/${essay.id}`, { data: { action: "publish" } });
  expect(publish.status()).toBe(403);
  expect(await publish.json()).toEqual({ error: { code: "forbidden", message: expect.any(String) } });
  const bad = await pageL.request.patch(`/api/articles/${essay.id}`, { data: { action: "return", note: "" } });
  expect(bad.status()).toBe(400);

  const pageS = await personAt(browser, baseURL, stranger);
  expect((await pageS.request.patch(`/api/articles/${essay.id}`, { data: { action: "publish" } })).status()).toBe(404);
  const visitor = await personAt(browser, baseURL);
  expect((await visitor.request.patch(`/api/articles/${essay.id}`, { data: { action: "publish" } })).status()).toBe(
    401,
  );
  expect((await visitor.request.get(`/api/articles/${essay.id}`)).status()).toBe(404);
  const mine = await pageL.request.get(`/api/courses/${course.slug}/essays`);
  expect(((await mine.json()) as { items: { id: string; status: string }[] }).items).toEqual([
    expect.objectContaining({ id: essay.id, status: "submitted" }),
  ]);
});

test("a learner's reflections come a page at a time: Load more on the course page, nextCursor in the API", async ({
  page,
  db,
  signInAs,
}) => {
  const course = await createCourse(db);
  const learner = await signInAs();
  await addMember(db, course.id, learner.id);
  const t0 = Date.now() - 3_600_000;
  for (let i = 1; i <= 23; i++) {
    await db.article.create({
      data: {
        courseId: course.id,
        authorId: learner.id,
        kind: "ESSAY",
        status: "DRAFT",
        slug: `paged-${i}-${Math.random().toString(36).slice(2)}`,
        title: `Draft number ${i}`,
        body: "",
        updatedAt: new Date(t0 + i * 60_000),
      },
    });
  }

  await page.goto(`/courses/${course.slug}`);
  const mine = page.getByRole("region", { name: "My reflections" });
  await expect(mine.getByRole("listitem")).toHaveCount(20);
  await expect(mine.getByRole("link", { name: "Draft number 23" })).toBeVisible(); // newest first
  await mine.getByRole("button", { name: "Load more" }).click();
  await expect(mine.getByRole("listitem")).toHaveCount(23);
  await expect(mine.getByRole("link", { name: "Draft number 1", exact: true })).toBeVisible();
  await expect(mine.getByRole("button", { name: "Load more" })).toHaveCount(0);

  type EssayPage = { items: { title: string }[]; nextCursor: string | null };
  const first = (await (await page.request.get(`/api/courses/${course.slug}/essays?limit=20`)).json()) as EssayPage;
  expect(first.items).toHaveLength(20);
  expect(first.nextCursor).toEqual(expect.any(String));
  const next = `/api/courses/${course.slug}/essays?limit=20&cursor=${encodeURIComponent(first.nextCursor!)}`;
  const second = (await (await page.request.get(next)).json()) as EssayPage;
  expect(second.items.map((e) => e.title)).toEqual(["Draft number 3", "Draft number 2", "Draft number 1"]);
  expect(second.nextCursor).toBeNull();
});
