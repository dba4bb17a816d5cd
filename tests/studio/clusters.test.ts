import { curateComment } from "@/lib/comments/curation";
import { getComment } from "@/lib/comments/queries";
import { listMyComments } from "@/lib/me";
import { answerCluster } from "@/lib/studio/answer-cluster";
import { listClusters } from "@/lib/studio/clusters";
import { AnswerClusterSchema } from "@/lib/studio/clusters-schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect, createComment, createLesson } from "../../prisma/factories";
import { createWorld, type World, type WorldUser } from "../../prisma/world";

// Issue 16: the queue grouped by question, and a group answered once (one featured comment
// with the reply, the others linked to it, every author told), all or nothing.

const db = connect(process.env.DATABASE_URL!);
let w: World;
beforeAll(async () => {
  w = await createWorld(db, { learners: 4 });
});
afterAll(() => db.$disconnect());

const HASHING = [
  "一致性哈希在实际系统里用在哪里？",
  "一致性哈希有哪些实际应用场景？",
  "Where is consistent hashing used in real systems?",
  "What are real-world uses of consistent hashing?",
];
const CACHE = [
  "缓存穿透和缓存击穿有什么区别？",
  "What is the difference between cache penetration and cache breakdown?",
];
const ALONE = ["这节课的图片加载不出来"];

/** A fresh article (so each test sees only its own queue) and pending comments on it, one author each. */
async function articleWith(bodies: string[], authors: WorldUser[] = w.learners) {
  const article = await createLesson(db, w.course.id, w.users.instructor.id);
  const comments = [];
  for (const [i, body] of bodies.entries()) {
    const authorId = authors[i % authors.length]!.id;
    comments.push(await createComment(db, { courseId: w.course.id, articleId: article.id, authorId, body }));
  }
  return { article, comments };
}

/** Everything an answer could have changed, to compare before and after a refusal. */
const snapshot = async (ids: string[]) => ({
  comments: await db.comment.findMany({
    where: { id: { in: ids } },
    select: { id: true, status: true, answeredInId: true, replyCount: true },
    orderBy: { id: "asc" },
  }),
  replies: await db.reply.count({ where: { commentId: { in: ids } } }),
  notifications: await db.notification.count({
    where: { OR: ids.map((id) => ({ payload: { path: ["commentId"], equals: id } })) },
  }),
  audit: await db.auditEvent.count({ where: { targetId: { in: ids } } }),
});

describe("grouping the queue by question", () => {
  it("puts paraphrases in Chinese and English together, every pending comment in exactly one group", async () => {
    const { article, comments } = await articleWith([...HASHING, ...CACHE, ...ALONE]);
    await createComment(db, {
      courseId: w.course.id,
      articleId: article.id,
      authorId: w.users.author.id,
      status: "FEATURED",
      body: HASHING[0],
    });
    const { clusters, truncated } = await listClusters(w.users.instructor, { articleId: article.id });
    expect(truncated).toBe(false);
    const ids = comments.map((c) => c.id);
    expect(clusters.flatMap((c) => c.commentIds).sort()).toEqual([...ids].sort()); // featured ones stay out
    const groupOf = (i: number) => clusters.find((c) => c.commentIds.includes(ids[i]!))!;
    expect([...groupOf(0).commentIds].sort()).toEqual(ids.slice(0, 4).sort());
    expect([...groupOf(4).commentIds].sort()).toEqual(ids.slice(4, 6).sort());
    expect(groupOf(6).commentIds).toEqual([ids[6]]);
    expect(clusters[0]).toBe(groupOf(0)); // biggest first
    expect(clusters[0]!.comments.map((c) => c.id)).toEqual(clusters[0]!.commentIds);
    expect(HASHING).toContain(clusters[0]!.label);

    const again = await listClusters(w.users.admin, { courseId: w.course.id, articleId: article.id });
    expect(again.clusters.map((c) => c.id)).toEqual(clusters.map((c) => c.id)); // stable ids
  });

  it("is for the course's instructors and admins only", async () => {
    const { article } = await articleWith(ALONE);
    for (const user of [w.users.otherInstructor, w.users.member, w.users.author]) {
      await expect(listClusters(user, { articleId: article.id })).rejects.toMatchObject({ code: "forbidden" });
      await expect(listClusters(user, { courseId: w.course.id })).rejects.toMatchObject({ code: "forbidden" });
    }
  });
});

describe("answering a group once", () => {
  it("features one with the reply, links the others, tells every author, audits each", async () => {
    const { article, comments } = await articleWith(HASHING);
    const [featured, ...others] = comments;
    const result = await answerCluster(w.users.instructor, {
      commentIds: comments.map((c) => c.id),
      featureId: featured!.id,
      reply: { body: "Sharded caches and partitioned queues: adding a node moves only a slice of the keys." },
    });
    expect(result.featured).toMatchObject({ id: featured!.id, status: "featured", replyCount: 1 });
    expect(result.reply).toMatchObject({ commentId: featured!.id, isAuthorReply: true });
    expect(result.linkedIds.sort()).toEqual(others.map((c) => c.id).sort());

    const rows = await db.comment.findMany({ where: { articleId: article.id } });
    expect(rows.filter((r) => r.status === "FEATURED").map((r) => r.id)).toEqual([featured!.id]);
    const linked = rows.filter((r) => r.status === "LINKED");
    expect(linked).toHaveLength(3);
    expect(linked.every((r) => r.answeredInId === featured!.id)).toBe(true);
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).featuredCommentCount).toBe(1);

    const notes = await db.notification.findMany({
      where: { userId: { in: w.learners.map((l) => l.id) }, payload: { path: ["articleId"], equals: article.id } },
    });
    const kinds = (userId: string) =>
      notes
        .filter((n) => n.userId === userId)
        .map((n) => n.kind)
        .sort();
    expect(kinds(featured!.authorId)).toEqual(["COMMENT_ANSWERED", "COMMENT_FEATURED"]);
    for (const o of others) expect(kinds(o.authorId)).toEqual(["COMMENT_LINKED"]);
    expect(new Set(notes.map((n) => n.userId)).size).toBe(4);

    const audit = await db.auditEvent.findMany({ where: { targetId: { in: comments.map((c) => c.id) } } });
    expect(audit.filter((a) => a.action === "comment.curate").map((a) => a.targetId)).toEqual([featured!.id]);
    expect(
      audit
        .filter((a) => a.action === "comment.link")
        .map((a) => a.targetId)
        .sort(),
    ).toEqual(others.map((c) => c.id).sort());

    // The author of a linked comment sees where it is answered; the queue no longer has any of them.
    const asked = w.learners.find((l) => l.id === others[0]!.authorId)!;
    const mine = await getComment(asked, others[0]!.id);
    expect(mine).toMatchObject({ status: "linked", answeredIn: { commentId: featured!.id } });
    expect(mine.answeredIn!.href).toMatch(new RegExp(`/articles/${article.slug}#comment-${featured!.id}$`));
    const onMe = (await listMyComments(asked)).items.find((c) => c.id === others[0]!.id);
    expect(onMe).toMatchObject({ status: "linked", answeredInHref: mine.answeredIn!.href });
    expect((await listClusters(w.users.instructor, { articleId: article.id })).clusters).toEqual([]);
  });

  it("refuses with 409, changing nothing, when one is no longer pending", async () => {
    const { comments } = await articleWith(HASHING);
    await curateComment(w.users.instructor, comments[3]!.id, { status: "hidden" });
    const ids = comments.map((c) => c.id);
    const before = await snapshot(ids);
    await expect(
      answerCluster(w.users.instructor, { commentIds: ids, featureId: ids[0]!, reply: { body: "An answer." } }),
    ).rejects.toMatchObject({ code: "conflict" });
    expect(await snapshot(ids)).toEqual(before);
  });

  it("refuses with 409, changing nothing, when one belongs to another course", async () => {
    const { comments } = await articleWith(HASHING.slice(0, 2));
    const elsewhere = await createLesson(db, w.otherCourse.id, w.users.otherInstructor.id);
    const foreign = await createComment(db, {
      courseId: w.otherCourse.id,
      articleId: elsewhere.id,
      authorId: w.users.outsider.id,
      body: HASHING[2],
    });
    const ids = [...comments.map((c) => c.id), foreign.id];
    const before = await snapshot(ids);
    await expect(
      answerCluster(w.users.instructor, { commentIds: ids, featureId: ids[0]!, reply: { body: "An answer." } }),
    ).rejects.toMatchObject({ code: "conflict" });
    expect(await snapshot(ids)).toEqual(before);
  });

  it("refuses with 403 anyone who does not curate the course", async () => {
    const { comments } = await articleWith(HASHING.slice(0, 2), [w.users.author]);
    const ids = comments.map((c) => c.id);
    const before = await snapshot(ids);
    for (const user of [w.users.otherInstructor, w.users.member, w.users.author, w.users.outsider]) {
      await expect(
        answerCluster(user, { commentIds: ids, featureId: ids[0]!, reply: { body: "An answer." } }),
      ).rejects.toMatchObject({ code: "forbidden" });
    }
    expect(await snapshot(ids)).toEqual(before);
  });

  it("takes 2 to 50 distinct ids with the featured one among them", () => {
    const ok = { commentIds: ["ca", "cb"], featureId: "ca", reply: { body: " Yes. " } };
    expect(AnswerClusterSchema.parse(ok).reply.body).toBe("Yes.");
    for (const bad of [
      { ...ok, commentIds: ["ca"] },
      { ...ok, commentIds: ["ca", "ca"] },
      { ...ok, featureId: "cc" },
      { ...ok, commentIds: Array.from({ length: 51 }, (_, i) => `c${i}`), featureId: "c0" },
      { ...ok, reply: { body: "  " } },
    ]) {
      expect(AnswerClusterSchema.safeParse(bad).success).toBe(false);
    }
  });
});

describe("a linked comment afterwards", () => {
  it("goes back to the queue when its answer leaves the featured list; curating it clears the link", async () => {
    const { article, comments } = await articleWith(HASHING.slice(0, 3));
    const ids = comments.map((c) => c.id);
    await answerCluster(w.users.instructor, { commentIds: ids, featureId: ids[0]!, reply: { body: "An answer." } });
    await curateComment(w.users.instructor, ids[1]!, { status: "featured" });
    expect(await db.comment.findUniqueOrThrow({ where: { id: ids[1]! } })).toMatchObject({
      status: "FEATURED",
      answeredInId: null,
    });

    await curateComment(w.users.instructor, ids[0]!, { status: "pending" });
    expect(await db.comment.findUniqueOrThrow({ where: { id: ids[2]! } })).toMatchObject({
      status: "PENDING",
      answeredInId: null,
    });
    const queued = (await listClusters(w.users.instructor, { articleId: article.id })).clusters.flatMap(
      (c) => c.commentIds,
    );
    expect(queued.sort()).toEqual([ids[0]!, ids[2]!].sort());
  });
});
