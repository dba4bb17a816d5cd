import { addMember, createComment, createCourse, createLesson, createUser } from "../prisma/factories";
import { expect, signIn, test } from "./fixtures";

test("featuring a learner's comment shows 1 in their bell; mark all as read clears it", async ({
  page,
  browser,
  db,
  baseURL,
  signInAs,
}) => {
  const course = await createCourse(db);
  const [learner, teacher] = [
    await createUser(db, { name: "Learner Gao" }),
    await createUser(db, { name: "Teacher Tan" }),
  ];
  await addMember(db, course.id, learner.id);
  await addMember(db, course.id, teacher.id, "INSTRUCTOR");
  const lesson = await createLesson(db, course.id, teacher.id, { title: "Backpressure" });
  await createComment(db, {
    courseId: course.id,
    articleId: lesson.id,
    authorId: learner.id,
    body: "Does backpressure need a queue?",
  });

  await signInAs(learner);
  await page.goto("/");
  const bell = page.getByRole("button", { name: /^Notifications/ });
  await expect(bell).toHaveAccessibleName("Notifications");

  // The instructor features the comment from the article page.
  const context = await browser.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": "192.0.2.77" } });
  const pageT = await context.newPage();
  await signIn(pageT, teacher.email, teacher.password);
  await pageT.goto(`/courses/${course.slug}/articles/${lesson.slug}`);
  await pageT.getByRole("button", { name: "Show pending and hidden" }).click();
  await pageT.getByRole("article", { name: "Comment by Learner Gao" }).getByRole("button", { name: "Feature" }).click();
  await expect(pageT.getByRole("heading", { name: "Featured comments (1)" })).toBeVisible();

  // The learner's bell shows it (on the next page, or when the tab comes back).
  await page.reload();
  await expect(bell).toHaveAccessibleName("Notifications, 1 unread");
  await expect(page.getByTestId("notification-count")).toHaveText("1");
  await bell.click();
  const panel = page.getByRole("region", { name: "Notifications" });
  await expect(panel.getByRole("link", { name: /Your comment on Backpressure was featured/ })).toBeVisible();
  await panel.getByRole("button", { name: "Mark all as read" }).click();
  await expect(page.getByTestId("notification-count")).toHaveCount(0);
  await expect(bell).toHaveAccessibleName("Notifications");
  await page.reload();
  await expect(bell).toHaveAccessibleName("Notifications");

  // My activity shows the comment as featured, and the notification.
  await page.getByRole("link", { name: "My activity" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "My activity" })).toBeVisible();
  const comments = page.getByRole("region", { name: /My comments/ });
  await expect(comments.getByTestId("my-comment")).toContainText("Featured");
  await expect(comments.getByTestId("my-comment")).toContainText("Does backpressure need a queue?");
  await expect(page.getByRole("region", { name: /^Notifications/ })).toContainText(
    "Your comment on Backpressure was featured.",
  );
});

test("an author reply shows as answered in My activity, and an unread notification can be cleared there", async ({
  page,
  db,
  signInAs,
}) => {
  const course = await createCourse(db);
  const [learner, teacher] = [await createUser(db), await createUser(db)];
  await addMember(db, course.id, learner.id);
  await addMember(db, course.id, teacher.id, "INSTRUCTOR");
  const lesson = await createLesson(db, course.id, teacher.id, { title: "Sharding" });
  const comment = await createComment(db, {
    courseId: course.id,
    articleId: lesson.id,
    authorId: learner.id,
    body: "Which key?",
    status: "FEATURED",
  });
  await db.reply.create({
    data: { commentId: comment.id, authorId: teacher.id, body: "The course id.", isAuthorReply: true },
  });
  await db.notification.create({
    data: { userId: learner.id, kind: "COMMENT_ANSWERED", payload: { commentId: comment.id, articleId: lesson.id } },
  });

  await signInAs(learner);
  await page.goto("/me");
  await expect(page.getByTestId("my-comment")).toContainText("Answered by the author");
  const inbox = page.getByRole("region", { name: /^Notifications/ });
  await expect(inbox).toContainText("The author answered your comment on Sharding.");
  await expect(page.getByRole("button", { name: /^Notifications/ })).toHaveAccessibleName("Notifications, 1 unread");
  await inbox.getByRole("button", { name: "Mark all as read" }).click();
  await expect(inbox.getByRole("button", { name: "Mark all as read" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Notifications/ })).toHaveAccessibleName("Notifications");
});
