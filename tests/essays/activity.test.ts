import { curateComment } from "@/lib/comments/curation";
import { createComment } from "@/lib/comments/mutations";
import { createReply } from "@/lib/comments/replies";
import { createEssay, updateEssay } from "@/lib/essays/mutations";
import { getMyActivity } from "@/lib/me";
import { afterAll, beforeAll, expect, it } from "vitest";
import { connect } from "../../prisma/factories";
import { createWorld, type World } from "../../prisma/world";

// /me: a user's own comments with where each stands, essays, replies and notifications.

const db = connect(process.env.DATABASE_URL!);
let w: World;
beforeAll(async () => {
  w = await createWorld(db);
});
afterAll(() => db.$disconnect());

it("shows each comment as pending, featured, hidden or answered, and only the user's own", async () => {
  const pending = await createComment(w.users.author, w.article.id, { body: "pending one" });
  const featured = await createComment(w.users.author, w.article.id, { body: "featured one" });
  const answered = await createComment(w.users.author, w.article.id, { body: "answered one" });
  const hidden = await createComment(w.users.author, w.article.id, { body: "hidden one" });
  const othersComment = await createComment(w.users.member, w.article.id, { body: "not mine" });
  await curateComment(w.users.instructor, featured.id, { status: "featured" });
  await curateComment(w.users.instructor, answered.id, { status: "featured" });
  await curateComment(w.users.instructor, hidden.id, { status: "hidden" });
  await curateComment(w.users.instructor, othersComment.id, { status: "featured" });
  await createReply(w.users.member, featured.id, { body: "a learner's reply is not an answer" });
  await createReply(w.users.instructor, answered.id, { body: "the author's answer" });
  await createReply(w.users.author, othersComment.id, { body: "my reply" });
  const essay = await createEssay(w.users.author, w.course.slug, { title: "Mine", body: "Text" });
  await updateEssay(w.users.author, essay.id, { action: "submit" });
  await updateEssay(w.users.instructor, essay.id, { action: "return", note: "Say more." });

  const me = await getMyActivity(w.users.author);
  const state = Object.fromEntries(me.comments.items.map((c) => [c.body, [c.status, c.progress.state]]));
  expect(state).toEqual({
    "pending one": ["pending", "received"],
    "featured one": ["featured", "featured"],
    "answered one": ["featured", "answered"],
    "hidden one": ["hidden", "not_featured"],
  });
  expect(me.comments.items.find((c) => c.id === pending.id)?.article.href).toBe(
    `/courses/${w.course.slug}/articles/${w.article.slug}`,
  );
  expect(me.replies.items.map((r) => r.body)).toEqual(["my reply"]);
  expect(me.essays.items.map((e) => [e.id, e.status, e.returnNote])).toEqual([[essay.id, "returned", "Say more."]]);
  expect(me.notifications.items.map((n) => n.kind).sort()).toEqual([
    "comment_answered",
    "comment_featured",
    "comment_featured",
    "essay_returned",
  ]);
  expect(me.notifications.items.find((n) => n.kind === "essay_returned")).toMatchObject({
    articleId: essay.id,
    note: "Say more.",
  });
  expect(me.notifications.unreadCount).toBe(me.notifications.items.length);
});
