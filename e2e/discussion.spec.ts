import { addMember, createCourse, createLesson, createUser } from "../prisma/factories";
import { expect, signIn, test } from "./fixtures";

test("the whole loop: comment → pending → featured → liked → answered", async ({ browser, db, baseURL }) => {
  test.slow(); // three people, three sign-ins and a dozen steps: more than the default budget is sized for
  const course = await createCourse(db);
  const [a, b, teacher] = [
    await createUser(db, { name: "Learner A" }),
    await createUser(db, { name: "Learner B" }),
    await createUser(db, { name: "Teacher T" }),
  ];
  await addMember(db, course.id, a.id);
  await addMember(db, course.id, b.id);
  await addMember(db, course.id, teacher.id, "INSTRUCTOR");
  const lesson = await createLesson(db, course.id, teacher.id, { title: "Caching in depth" });
  const url = `/courses/${course.slug}/articles/${lesson.slug}`;
  const open = async (user: typeof a) => {
    const context = await browser.newContext({
      baseURL,
      extraHTTPHeaders: { "x-forwarded-for": `192.0.2.${Math.floor(Math.random() * 250)}` },
    });
    const page = await context.newPage();
    await signIn(page, user.email, user.password);
    await page.goto(url);
    return page;
  };
  const body = `Why does TTL jitter help? ${Date.now()}`;

  // A comments and sees it pending.
  const pageA = await open(a);
  await pageA.getByLabel("Your comment").fill(body);
  await pageA.getByRole("button", { name: "Post comment" }).click();
  const mineA = pageA.getByRole("article", { name: "Comment by Learner A" });
  await expect(mineA).toContainText(body);
  await expect(mineA).toContainText("Awaiting curation");
  await expect(pageA.getByRole("heading", { name: "Featured comments (0)" })).toBeVisible();

  // B cannot see it.
  const pageB = await open(b);
  await expect(pageB.getByText(body)).toHaveCount(0);

  // The instructor features it.
  const pageT = await open(teacher);
  await pageT.getByRole("button", { name: "Show pending and hidden" }).click();
  const pendingForT = pageT.getByRole("article", { name: "Comment by Learner A" });
  await pendingForT.getByRole("button", { name: "Feature" }).click();
  await expect(pageT.getByRole("heading", { name: "Featured comments (1)" })).toBeVisible();

  // B sees it, likes it, replies.
  await pageB.reload();
  const forB = pageB.getByRole("article", { name: "Comment by Learner A" });
  await expect(forB).toContainText(body);
  await forB.getByRole("button", { name: /^Like/ }).click();
  await expect(forB.getByRole("button", { name: /^Like/ })).toHaveAttribute("aria-pressed", "true");
  await expect(forB.getByRole("button", { name: /^Like/ })).toContainText("1");
  await forB.getByRole("button", { name: "Reply" }).first().click();
  await forB.getByLabel("Your reply").fill("Jitter spreads expiry so keys do not all miss at once.");
  await forB.getByRole("button", { name: "Post reply" }).click();
  await expect(forB).toContainText("Jitter spreads expiry");
  await expect(forB.getByRole("article", { name: "Reply by Learner B" })).toContainText("Awaiting curation");

  // The instructor publishes B's reply, then answers as the author.
  await pageT.reload();
  const forT = pageT.getByRole("article", { name: "Comment by Learner A" });
  const replyOfB = forT.getByRole("article", { name: "Reply by Learner B" });
  await replyOfB.getByRole("button", { name: "Publish" }).click();
  await expect(replyOfB).not.toContainText("Awaiting curation");
  await forT.getByRole("button", { name: "Reply" }).first().click();
  await forT.getByLabel("Your reply").fill("Exactly — and add a lock for the one rebuild.");
  await forT.getByRole("button", { name: "Post reply" }).click();
  await expect(forT.getByText("Author reply")).toBeVisible();

  // A reloads: featured, 1 like, 2 replies.
  await pageA.reload();
  const finalA = pageA.getByRole("article", { name: "Comment by Learner A" });
  await expect(pageA.getByRole("heading", { name: "Featured comments (1)" })).toBeVisible();
  await expect(finalA).not.toContainText("Awaiting curation");
  await expect(finalA.getByRole("button", { name: /^Like/ })).toContainText("1");
  await expect(finalA.getByText("Author reply")).toBeVisible();
  await expect(finalA).toContainText("Jitter spreads expiry");
  await expect(finalA).toContainText("add a lock for the one rebuild");
});

test("a comment with markup is shown as text and runs nothing", async ({ page, db, signInAs }) => {
  const course = await createCourse(db);
  const [author, teacher] = [await createUser(db, { name: "Mallory" }), await createUser(db)];
  await addMember(db, course.id, author.id);
  await addMember(db, course.id, teacher.id, "INSTRUCTOR");
  const lesson = await createLesson(db, course.id, teacher.id);
  const hostile = `<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">`;
  await db.comment.create({
    data: {
      courseId: course.id,
      articleId: lesson.id,
      authorId: author.id,
      body: hostile,
      status: "FEATURED",
      featuredAt: new Date(),
    },
  });
  await signInAs(author);
  let dialogs = 0;
  page.on("dialog", (d) => {
    dialogs++;
    void d.dismiss();
  });
  await page.goto(`/courses/${course.slug}/articles/${lesson.slug}`);
  await expect(page.getByRole("article", { name: "Comment by Mallory" })).toContainText(
    "<script>window.__pwned = 1</script>",
  );
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toBe(0);
});
