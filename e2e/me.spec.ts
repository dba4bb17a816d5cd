import type { PrismaClient } from "../lib/generated/prisma/client";
import { addMember, createCourse, createLesson, createUser } from "../prisma/factories";
import { expect, test } from "./fixtures";

// My activity (/me) shows each list's first page as before (50 comments, 50 replies, 100
// reflections) and the rest a page at a time with "Load more" (GET /api/me/*).

/** `n` comments, replies and reflections by `authorId`, a minute apart, "<kind> 1" the oldest. */
async function activity(db: PrismaClient, authorId: string, n: { comments: number; replies: number; essays: number }) {
  const course = await createCourse(db);
  const teacher = await createUser(db);
  await addMember(db, course.id, authorId);
  await addMember(db, course.id, teacher.id, "INSTRUCTOR");
  const lesson = await createLesson(db, course.id, teacher.id);
  const t0 = Date.now() - 24 * 3_600_000;
  const at = (i: number) => new Date(t0 + i * 60_000);
  const base = { courseId: course.id, articleId: lesson.id };
  const range = (count: number) => Array.from({ length: count }, (_, i) => i + 1);
  await db.comment.createMany({
    data: range(n.comments).map((i) => ({ ...base, authorId, body: `Comment ${i}`, createdAt: at(i) })),
  });
  const parent = await db.comment.create({
    data: { ...base, authorId: teacher.id, body: "Ask me", status: "FEATURED" },
  });
  await db.reply.createMany({
    data: range(n.replies).map((i) => ({ commentId: parent.id, authorId, body: `Reply ${i}`, createdAt: at(i) })),
  });
  await db.article.createMany({
    data: range(n.essays).map((i) => ({
      courseId: course.id,
      authorId,
      kind: "ESSAY" as const,
      slug: `me-${i}-${Math.random().toString(36).slice(2)}`,
      title: `Reflection ${i}`,
      body: "",
      updatedAt: at(i),
    })),
  });
  return { course, lesson, teacher };
}

test("My activity: each list shows its first page, and Load more appends the next", async ({ page, db, signInAs }) => {
  test.setTimeout(60_000);
  const learner = await signInAs();
  const { course, lesson, teacher } = await activity(db, learner.id, { comments: 53, replies: 52, essays: 103 });
  // Another user's comment in the same lesson never shows on the learner's page.
  await db.comment.create({
    data: { courseId: course.id, articleId: lesson.id, authorId: teacher.id, body: "Not yours" },
  });

  await page.goto("/me");
  const sections = [
    ["My comments", "Load more comments", "Comment", 53, 50],
    ["My reflections", "Load more reflections", "Reflection", 103, 100],
    ["My replies", "Load more replies", "Reply", 52, 50],
  ] as const;
  for (const [region, button, word, total, first] of sections) {
    const list = page.getByRole("region", { name: region });
    const items = list.locator("li:not(li li)"); // a comment's progress steps are a list of their own
    await expect(list.getByRole("heading", { name: new RegExp(`^${region}\\s*${total}$`) })).toBeVisible();
    await expect(items).toHaveCount(first);
    await expect(list.getByText(`${word} ${total}`, { exact: true })).toBeVisible(); // newest first
    await expect(list.getByText(`${word} ${total - first}`, { exact: true })).toHaveCount(0);
    await list.getByRole("button", { name: button }).click();
    await expect(items).toHaveCount(total);
    await expect(list.getByText(`${word} 1`, { exact: true })).toBeVisible();
    await expect(list.getByRole("button", { name: button })).toHaveCount(0);
  }
  await expect(page.getByText("Not yours")).toHaveCount(0);

  // The API under the button: the page after the cursor, the caller's own only, never cached.
  type Page = { items: { id: string; body: string }[]; nextCursor: string | null };
  const res = await page.request.get("/api/me/comments?limit=50");
  expect(res.headers()["cache-control"]).toBe("private, no-store");
  const first = (await res.json()) as Page;
  expect(first.items[0]?.body).toBe("Comment 53");
  const more = `/api/me/comments?${new URLSearchParams({ cursor: first.nextCursor!, limit: "50" })}`;
  const second = (await (await page.request.get(more)).json()) as Page;
  expect(second).toEqual({
    items: ["Comment 3", "Comment 2", "Comment 1"].map((body) => expect.objectContaining({ body })),
    nextCursor: null,
  });
  const bad = await page.request.get("/api/me/replies?cursor=nope");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.code).toBe("bad_request");
});
