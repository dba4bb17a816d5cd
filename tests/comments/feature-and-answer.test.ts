import { curateComment, featureAndAnswer } from "@/lib/comments/curation";
import { createReply } from "@/lib/comments/replies";
import { CurationSchema } from "@/lib/comments/schema";
import { currentEventId, replay } from "@/lib/events/replay";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect, createComment } from "../../prisma/factories";
import { createWorld, type World } from "../../prisma/world";

// Issue 12, point 3: the studio features a comment and answers it as one action, in one
// transaction, with the same trail (events, notifications, audit) as the two steps had.

const db = connect(process.env.DATABASE_URL!);
let w: World;
beforeAll(async () => {
  w = await createWorld(db);
});
afterAll(() => db.$disconnect());

const pending = (body = "Why does the queue grow?") =>
  createComment(db, { courseId: w.course.id, articleId: w.article.id, authorId: w.users.author.id, body });

/** What the action left behind for one comment, with its own ids replaced by placeholders. */
async function trail(commentId: string, since: string) {
  const events = (await replay(w.article.id, since)).events
    .map((e) => ({ type: e.type, data: JSON.parse(e.data) as Record<string, unknown> }))
    .filter((e) => JSON.stringify(e.data).includes(commentId));
  const [comment, replies, notifications, audit] = await Promise.all([
    db.comment.findUniqueOrThrow({ where: { id: commentId } }),
    db.reply.findMany({ where: { commentId } }),
    db.notification.findMany({
      where: { payload: { path: ["commentId"], equals: commentId } },
      orderBy: { createdAt: "asc" },
    }),
    db.auditEvent.findMany({ where: { targetId: commentId } }),
  ]);
  return {
    status: comment.status,
    featuredById: comment.featuredById,
    replyCount: comment.replyCount,
    replies: replies.map((r) => ({ body: r.body, isAuthorReply: r.isAuthorReply, authorId: r.authorId })),
    notifications: notifications.map((n) => ({ userId: n.userId, kind: n.kind })),
    audit: audit.map((a) => ({ action: a.action, actorId: a.actorId, before: a.before, after: a.after })),
    events: events.map((e) => ({
      type: e.type,
      keys: Object.keys(e.data).sort(),
      replyCount: (e.data.replyCount ?? (e.data.comment as { replyCount?: number } | undefined)?.replyCount) as number,
    })),
  };
}

const featuredCount = async () =>
  (await db.article.findUniqueOrThrow({ where: { id: w.article.id } })).featuredCommentCount;

describe("feature and answer", () => {
  it("features the comment with the author's answer, leaving the trail the two steps left", async () => {
    const [twoSteps, oneStep] = [await pending(), await pending()];

    let since = await currentEventId(w.article.id);
    await curateComment(w.users.instructor, twoSteps.id, { status: "featured" });
    await createReply(w.users.instructor, twoSteps.id, { body: "It grows when arrivals outpace service." });
    const expected = await trail(twoSteps.id, since);

    const before = await featuredCount();
    since = await currentEventId(w.article.id);
    const result = await featureAndAnswer(w.users.instructor, oneStep.id, {
      seenUpdatedAt: oneStep.updatedAt.toISOString(),
      reply: { body: "It grows when arrivals outpace service." },
    });
    expect(result).toMatchObject({
      id: oneStep.id,
      status: "featured",
      replyCount: 1,
      reply: { commentId: oneStep.id, isAuthorReply: true, body: "It grows when arrivals outpace service." },
    });
    expect(await featuredCount()).toBe(before + 1);
    const got = await trail(oneStep.id, since);
    expect(got).toEqual(expected);
    expect(got.events.map((e) => [e.type, e.replyCount])).toEqual([
      ["comment.featured", 0], // the comment as featured, before its answer…
      ["reply.created", 1], // …then the answer, as two steps published them
    ]);
    expect(got.notifications.map((n) => n.kind)).toEqual(["COMMENT_FEATURED", "COMMENT_ANSWERED"]);
    expect(got.audit).toHaveLength(1);
  });

  it("takes the API's {status: 'featured', reply: {body}}, strictly, a reply only with featuring", async () => {
    const c = await pending();
    const input = CurationSchema.parse({ status: "featured", reply: { body: "  Little's law.  " } });
    expect(input.reply).toEqual({ body: "Little's law." });
    const result = await curateComment(w.users.instructor, c.id, input);
    expect(result).toMatchObject({ status: "featured", replyCount: 1, reply: { body: "Little's law." } });

    const accepts = (v: unknown) => CurationSchema.safeParse(v).success;
    expect(accepts({ status: "hidden", reply: { body: "x" } })).toBe(false);
    expect(accepts({ pinned: true, reply: { body: "x" } })).toBe(false);
    expect(accepts({ status: "featured", reply: { body: "   " } })).toBe(false);
    expect(accepts({ status: "featured", reply: { body: "x", extra: 1 } })).toBe(false);
    expect(accepts({ status: "featured", reply: "x" })).toBe(false);
  });

  it("a reply failing deep down leaves the comment pending: no count, notification, audit, event", async () => {
    const c = await pending();
    const before = await featuredCount();
    const since = await currentEventId(w.article.id);
    // The route's schema refuses NUL bytes; called directly, PostgreSQL refuses the reply's
    // text inside the transaction, after the comment was already marked featured there.
    await expect(
      featureAndAnswer(w.users.instructor, c.id, { reply: { body: "an answer with a \u0000 in it" } }),
    ).rejects.toThrow();
    expect(await featuredCount()).toBe(before);
    expect(await trail(c.id, since)).toEqual({
      status: "PENDING",
      featuredById: null,
      replyCount: 0,
      replies: [],
      notifications: [],
      audit: [],
      events: [],
    });
  });

  it("a comment held back, edited since, or not the curator's is neither featured nor answered", async () => {
    const held = await pending();
    await db.comment.update({ where: { id: held.id }, data: { heldReason: "blocked word" } });
    await expect(featureAndAnswer(w.users.instructor, held.id, { reply: { body: "Answer." } })).rejects.toMatchObject({
      code: "conflict",
    });

    const edited = await pending();
    const seen = new Date(edited.updatedAt.getTime() - 60_000).toISOString();
    await expect(
      featureAndAnswer(w.users.instructor, edited.id, { seenUpdatedAt: seen, reply: { body: "Answer." } }),
    ).rejects.toMatchObject({ code: "conflict" });

    const other = await pending();
    await expect(
      featureAndAnswer(w.users.otherInstructor, other.id, { reply: { body: "Answer." } }),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(featureAndAnswer(w.users.member, other.id, { reply: { body: "Answer." } })).rejects.toMatchObject({
      code: "not_found",
    });

    for (const c of [held, edited, other]) {
      const row = await db.comment.findUniqueOrThrow({ where: { id: c.id } });
      expect(row).toMatchObject({ status: "PENDING", replyCount: 0 });
      expect(await db.reply.count({ where: { commentId: c.id } })).toBe(0);
      expect(await db.auditEvent.count({ where: { targetId: c.id } })).toBe(0);
    }
  });
});
