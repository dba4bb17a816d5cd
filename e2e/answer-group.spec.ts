import { addMember, createComment, createCourse, createLesson, createUser } from "../prisma/factories";
import { randomIp } from "../tests/support/http";
import { expect, LIVE_MS, signIn, test } from "./fixtures";

// Issue 16: the studio groups pending comments by the question they ask; an instructor answers
// a group of four once (one featured with the answer, three linked to it, four authors told),
// and a second instructor's grouped queue drops the group live.

const ASKED = [
  "一致性哈希在实际系统里用在哪里？",
  "一致性哈希有哪些实际应用场景？",
  "Where is consistent hashing used in real systems?",
  "What are real-world uses of consistent hashing?",
];

test("an instructor answers a group of four once; the other instructor's queue updates live", async ({
  browser,
  baseURL,
  db,
}) => {
  const course = await createCourse(db);
  const [teacher, coTeacher] = [await createUser(db), await createUser(db)];
  await addMember(db, course.id, teacher.id, "INSTRUCTOR");
  await addMember(db, course.id, coTeacher.id, "INSTRUCTOR");
  const lesson = await createLesson(db, course.id, teacher.id, { title: "Sharding" });
  const learners = [];
  for (const body of [...ASKED, "这节课的图片加载不出来"]) {
    const learner = await createUser(db);
    await addMember(db, course.id, learner.id);
    learners.push(learner);
    await createComment(db, { courseId: course.id, articleId: lesson.id, authorId: learner.id, body });
  }

  const open = async (user: { email: string; password: string }) => {
    const context = await browser.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": randomIp() } });
    const page = await context.newPage();
    await signIn(page, user.email, user.password);
    await page.goto(`/studio?courseId=${course.id}&group=1`);
    await expect(page.locator('[data-live="live"]')).toBeAttached({ timeout: LIVE_MS * 4 }); // a cold server is slow to start
    return { context, page, list: page.getByRole("list", { name: "Pending comments grouped by question" }) };
  };
  const [mine, theirs] = [await open(teacher), await open(coTeacher)];
  for (const { page } of [mine, theirs]) {
    await expect(page.getByRole("checkbox", { name: "Group by question" })).toBeChecked();
    await expect(page.getByTestId("question-group")).toHaveCount(1);
    await expect(page.getByTestId("question-single")).toHaveCount(1);
  }

  const group = mine.page.getByTestId("question-group");
  await expect(group).toContainText("4 comments");
  await group.getByRole("button", { name: "Show the 4 comments" }).click();
  for (const body of ASKED) await expect(group.getByText(body, { exact: true }).first()).toBeVisible();
  await group.getByRole("button", { name: "Answer together" }).click();
  const radios = group.getByRole("radio");
  await expect(radios).toHaveCount(4);
  await expect(radios.first()).toBeChecked(); // the representative, by default
  await group.getByLabel("Your answer").fill("分片缓存、消息队列的分区：加节点时只迁移一小部分键。");
  await group.getByRole("button", { name: "Feature and answer 4" }).click();
  await expect(mine.page.getByRole("status").filter({ hasText: "Answered 4 comments at once" })).toBeVisible();
  await expect(mine.page.getByTestId("question-group")).toHaveCount(0);
  await expect(mine.page.getByTestId("question-single")).toHaveCount(1);

  // The other instructor never reloaded: the group left their view too.
  await expect(theirs.page.getByTestId("question-group")).toHaveCount(0, { timeout: LIVE_MS });
  await expect(theirs.page.getByTestId("question-single")).toHaveCount(1);

  const rows = await db.comment.findMany({ where: { articleId: lesson.id }, orderBy: { createdAt: "asc" } });
  const featured = rows.filter((r) => r.status === "FEATURED");
  expect(featured).toHaveLength(1);
  expect(featured[0]!.replyCount).toBe(1);
  const linked = rows.filter((r) => r.status === "LINKED");
  expect(linked).toHaveLength(3);
  expect(linked.every((r) => r.answeredInId === featured[0]!.id)).toBe(true);
  const told = await db.notification.findMany({ where: { userId: { in: learners.map((l) => l.id) } } });
  expect(new Set(told.map((n) => n.userId)).size).toBe(4);
  expect(told.filter((n) => n.kind === "COMMENT_LINKED")).toHaveLength(3);

  // A linked author sees where their question is answered.
  const asker = learners[ASKED.indexOf(linked[0]!.body)]!;
  const learnerPage = await mine.context
    .browser()!
    .newPage({ baseURL, extraHTTPHeaders: { "x-forwarded-for": randomIp() } });
  await signIn(learnerPage, asker.email, asker.password);
  await learnerPage.goto("/me");
  await expect(learnerPage.getByRole("link", { name: "See the answer ↗" })).toHaveAttribute(
    "href",
    new RegExp(`#comment-${featured[0]!.id}$`),
  );
  await learnerPage.close();
  await mine.context.close();
  await theirs.context.close();
});
