// Likes and the cache: tests/comments/likes.test.ts (every test that folds likes is there).
import { curateComment } from "@/lib/comments/curation";
import { setLike } from "@/lib/comments/likes";
import { createComment, deleteComment } from "@/lib/comments/mutations";
import { listComments } from "@/lib/comments/queries";
import { createReply } from "@/lib/comments/replies";
import { curateReply } from "@/lib/comments/reply-moderation";
import { afterAll, beforeAll, expect, it } from "vitest";
import { connect, createLesson } from "../../prisma/factories";
import { createWorld, type World } from "../../prisma/world";

const db = connect(process.env.DATABASE_URL!);
let w: World;
beforeAll(async () => {
  w = await createWorld(db);
});
afterAll(() => db.$disconnect());

it("the shared featured list reflects every curation action, reply and delete at once", async () => {
  const article = await createLesson(db, w.course.id, w.users.instructor.id);
  const visitorView = async () =>
    (await listComments(null, article.id, { sort: "top", limit: 20, status: "featured" })).items;
  const c = await createComment(w.users.author, article.id, { body: "cached?" });
  expect(await visitorView()).toEqual([]); // now cached, empty

  await curateComment(w.users.instructor, c.id, { status: "featured" });
  expect((await visitorView()).map((i) => i.id)).toEqual([c.id]);

  await curateComment(w.users.instructor, c.id, { pinned: true });
  expect((await visitorView())[0]?.pinned).toBe(true);

  const reply = await createReply(w.users.member, c.id, { body: "reply" }); // awaits curation: not counted yet
  expect((await visitorView())[0]?.replyCount).toBe(0);
  await curateReply(w.users.instructor, reply.id, { status: "published" });
  expect((await visitorView())[0]?.replyCount).toBe(1);

  await curateComment(w.users.instructor, c.id, { status: "pending" });
  expect(await visitorView()).toEqual([]);

  await curateComment(w.users.instructor, c.id, { status: "featured" });
  await curateComment(w.users.instructor, c.id, { status: "hidden" });
  expect(await visitorView()).toEqual([]);

  const d = await createComment(w.users.author, article.id, { body: "to delete" });
  await curateComment(w.users.instructor, d.id, { status: "featured" });
  expect((await visitorView()).map((i) => i.id)).toEqual([d.id]);
  await deleteComment(w.users.author, d.id);
  expect(await visitorView()).toEqual([]);
});

it("per-viewer bits never leak through the shared entry", async () => {
  const article = await createLesson(db, w.course.id, w.users.instructor.id);
  const c = await createComment(w.users.author, article.id, { body: "liked by one" });
  await curateComment(w.users.instructor, c.id, { status: "featured" });
  await setLike(w.users.member, c.id, true);
  const q = { sort: "top", limit: 20, status: "featured" } as const;
  expect((await listComments(w.users.member, article.id, q)).items[0]?.likedByMe).toBe(true);
  expect((await listComments(w.users.author, article.id, q)).items[0]?.likedByMe).toBe(false);
  expect((await listComments(null, article.id, q)).items[0]?.likedByMe).toBe(false);
});
