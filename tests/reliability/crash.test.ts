// Kill -9 the server in the middle of a stream of writes: every write that was answered
// 2xx must be in the database afterwards, and every count must equal its rows.
import { afterAll, beforeAll, expect, it } from "vitest";
import { connect, createComment } from "../../prisma/factories";
import { createWorld } from "../../prisma/world";
import { createTestDatabase, type TestDatabase } from "../../scripts/db/test-database";
import { missingBuild, startApp } from "../support/app-server";
import { signIn } from "../support/http";
import { skipWhen } from "../support/skip";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
}, 60_000);
afterAll(() => testDb?.drop());

const options = { timeout: 180_000, ...skipWhen(missingBuild()) };
it("no acknowledged write is lost when the server is killed mid-stream", options, async () => {
  const db = connect(testDb.url);
  const { course, article: lesson, users, learners: members } = await createWorld(db, { learners: 12 });
  const teacher = users.instructor;
  // Replies go public at once here, so every acknowledged reply moves a count.
  await db.course.update({ where: { id: course.id }, data: { repliesNeedCuration: false } });
  const featured = await Promise.all(
    [0, 1, 2].map(() =>
      createComment(db, { courseId: course.id, articleId: lesson.id, authorId: teacher.id, status: "FEATURED" }),
    ),
  );

  let app = await startApp(testDb.url, { RATE_LIMIT: "off" });
  const cookies = await Promise.all(members.map((m) => signIn(app.url, m.email, m.password)));
  const acked = { comments: [] as string[], replies: [] as string[], likes: new Map<string, boolean>() };
  const inFlightLikes = new Set<string>();
  let isRunning = true;
  let answered = 0;

  async function writer(w: number) {
    for (let i = 0; isRunning && i < 10_000; i++) {
      // Each writer signs in as its own member, so the requests for one (member, comment)
      // pair never overlap and the last answer is the state the database must hold.
      const who = w % members.length;
      const target = featured[(w + i) % featured.length]!.id;
      const headers = { cookie: cookies[who]!, "content-type": "application/json" };
      const op = i % 4;
      const key = `${who}:${target}`;
      try {
        if (op === 0 || op === 1) {
          const liked = op === 0;
          inFlightLikes.add(key);
          const res = await fetch(`${app.url}/api/comments/${target}/like`, {
            method: liked ? "PUT" : "DELETE",
            headers,
          });
          if (res.ok) acked.likes.set(key, liked);
          inFlightLikes.delete(key);
        } else if (op === 2) {
          const res = await fetch(`${app.url}/api/articles/${lesson.id}/comments`, {
            method: "POST",
            headers,
            body: JSON.stringify({ body: `crash ${w}-${i}` }),
          });
          if (res.status === 201) acked.comments.push(((await res.json()) as { id: string }).id);
        } else {
          const res = await fetch(`${app.url}/api/comments/${target}/replies`, {
            method: "POST",
            headers,
            body: JSON.stringify({ body: `reply ${w}-${i}` }),
          });
          if (res.status === 201) acked.replies.push(((await res.json()) as { id: string }).id);
        }
        answered++;
      } catch {
        return; // the server is gone; whatever was in flight is unknown
      }
    }
  }

  const writers = Array.from({ length: 8 }, (_, w) => writer(w));
  while (answered < 150) await new Promise((r) => setTimeout(r, 20));
  await app.kill("SIGKILL");
  isRunning = false;
  await Promise.all(writers);

  app = await startApp(testDb.url, { RATE_LIMIT: "off" });
  try {
    expect(await db.comment.count({ where: { id: { in: acked.comments } } })).toBe(acked.comments.length);
    expect(await db.reply.count({ where: { id: { in: acked.replies } } })).toBe(acked.replies.length);
    for (const [key, liked] of acked.likes) {
      if (inFlightLikes.has(key)) continue; // a later request for this pair was cut off: its outcome is unknown
      const [who, commentId] = key.split(":");
      const row = await db.commentLike.findUnique({
        where: { commentId_userId: { commentId: commentId!, userId: members[Number(who)]!.id } },
      });
      expect(row !== null, `like ${key}`).toBe(liked);
    }
    for (const c of featured) {
      const [likeCount, replyCount] = await Promise.all([
        db.commentLike.count({ where: { commentId: c.id } }),
        db.reply.count({ where: { commentId: c.id, status: "PUBLISHED", deletedAt: null, hiddenAt: null } }),
      ]);
      // The restarted server folds the like deltas the killed one left pending.
      await expect
        .poll(
          () => db.comment.findUniqueOrThrow({ where: { id: c.id }, select: { likeCount: true, replyCount: true } }),
          { timeout: 15_000 },
        )
        .toEqual({ likeCount, replyCount });
    }
    expect(acked.comments.length + acked.replies.length + acked.likes.size).toBeGreaterThan(50);
  } finally {
    await app.kill();
    await db.$disconnect();
  }
});
