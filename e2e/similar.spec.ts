import type { Locator } from "@playwright/test";
import type { PrismaClient } from "../lib/generated/prisma/client";
import { reindexStale } from "../lib/search/reindex";
import { addMember, createComment, createCourse, createLesson, createUser } from "../prisma/factories";
import { expect, signIn, test } from "./fixtures";

// Issue 16, "answers before you ask": a learner writing a question that is already answered
// sees the answer under the composer, with a link to it; an unrelated sentence shows nothing.

const ANSWERED = "老师，一致性哈希在实际项目里一般用在哪些地方？感觉课里只讲了原理";
const ANSWER = "分布式缓存的客户端分片、需要会话保持的负载均衡，都是一致性哈希的典型用法。";
const PARAPHRASE = "哪些地方会用到一致性哈希";
const UNRELATED = "今天的直播几点开始，有回放吗";

/** A featured comment answered by the instructor, stored with the terms suggestions compare. */
async function answered(
  db: PrismaClient,
  at: { courseId: string; articleId: string },
  authorId: string,
  teacherId: string,
) {
  const c = await createComment(db, { ...at, authorId, status: "FEATURED", body: ANSWERED });
  await db.comment.update({ where: { id: c.id }, data: { replyCount: 1 } });
  await db.reply.create({ data: { commentId: c.id, authorId: teacherId, body: ANSWER, isAuthorReply: true } });
  await reindexStale(db); // rows written straight to the database are indexed as setup does
  return c.id;
}

/**
 * Writes `text` into the composer until the suggestions show: a fill that lands before the
 * page hydrates is reset by React (the composer's value comes from the saved draft).
 */
async function askUntilSuggested(composer: Locator, suggestions: Locator, text: string) {
  await expect(async () => {
    await composer.fill(text);
    await expect(suggestions).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 30_000 });
}

test("a learner asking an answered question again sees the answer and follows the link", async ({
  browser,
  baseURL,
  db,
}) => {
  const course = await createCourse(db);
  const [teacher, asker, writer] = await Promise.all([
    createUser(db, { name: "陈老师" }),
    createUser(db, { name: "小林" }),
    createUser(db, { name: "小王" }),
  ]);
  await addMember(db, course.id, teacher.id, "INSTRUCTOR");
  await addMember(db, course.id, asker.id);
  await addMember(db, course.id, writer.id);
  const here = await createLesson(db, course.id, teacher.id, { title: "分片", position: 0 });
  const there = await createLesson(db, course.id, teacher.id, { title: "一致性哈希", position: 1 });
  const commentId = await answered(db, { courseId: course.id, articleId: there.id }, asker.id, teacher.id);

  const context = await browser.newContext({ baseURL, locale: "zh-CN" });
  const page = await context.newPage();
  await signIn(page, writer.email, writer.password);
  await page.goto(`/courses/${course.slug}/articles/${here.slug}`);
  const composer = page.getByLabel("你的留言");
  const suggestions = page.getByRole("region", { name: "可能已经有答案" });

  await askUntilSuggested(composer, suggestions, PARAPHRASE);
  await expect(suggestions).toContainText(ANSWERED);
  await expect(suggestions).toContainText(ANSWER);
  await expect(suggestions).toContainText("讲师回答 · 陈老师");
  await expect(page.getByRole("status").filter({ hasText: "找到 1 个相似的已解答问题" })).toBeAttached();
  await expect(composer).toHaveValue(PARAPHRASE); // typing was never held up

  // An unrelated sentence: the suggestions go.
  const asked = page.waitForResponse((r) => r.url().includes("/similar?") && r.url().includes("%E7%9B%B4%E6%92%AD"));
  await composer.fill(UNRELATED);
  await asked;
  await expect(suggestions).toHaveCount(0);

  // Back to the question: the link leads to the answer on the other lesson.
  await composer.fill(PARAPHRASE);
  const link = suggestions.getByRole("link", { name: "查看回答" });
  await expect(link).toHaveAttribute("href", `/courses/${course.slug}/articles/${there.slug}#comment-${commentId}`);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/articles/${there.slug}#comment-${commentId}$`));
  await expect(page.locator(`#comment-${commentId}`)).toContainText(ANSWER);
  await context.close();
});

test("the suggestions can be dismissed for the draft; a short draft asks nothing", async ({ page, db }) => {
  const course = await createCourse(db);
  const [teacher, writer] = await Promise.all([createUser(db), createUser(db)]);
  await addMember(db, course.id, teacher.id, "INSTRUCTOR");
  await addMember(db, course.id, writer.id);
  const lesson = await createLesson(db, course.id, teacher.id);
  await answered(db, { courseId: course.id, articleId: lesson.id }, teacher.id, teacher.id);
  let requests = 0;
  page.on("request", (r) => void (r.url().includes("/similar?") && requests++));

  await signIn(page, writer.email, writer.password);
  await page.goto(`/courses/${course.slug}/articles/${lesson.slug}`);
  const composer = page.getByLabel("Your comment");
  const suggestions = page.getByRole("region", { name: "Already answered?" });
  await askUntilSuggested(composer, suggestions, PARAPHRASE);

  const before = requests;
  await composer.fill("一致性哈希");
  await expect(suggestions).toHaveCount(0);
  await page.waitForTimeout(800);
  expect(requests).toBe(before); // five characters say too little

  await composer.fill(PARAPHRASE);
  await expect(suggestions).toBeVisible();
  await suggestions.getByRole("button", { name: "Hide these suggestions" }).click();
  await expect(suggestions).toHaveCount(0);
  await composer.fill(`${PARAPHRASE}？`);
  await page.waitForTimeout(800);
  await expect(suggestions).toHaveCount(0);

  // The same article: "Read the answer" scrolls to the comment on this page.
  await composer.fill("");
  await composer.fill(PARAPHRASE);
  await suggestions.getByRole("link", { name: "Read the answer" }).click();
  await expect(page).toHaveURL(/#comment-/);
  await expect(page.locator("article[id^=comment-]")).toBeInViewport();
});
