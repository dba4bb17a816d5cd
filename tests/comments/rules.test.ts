import { canSeeArticle } from "@/lib/articles/policy";
import type { CurrentUser } from "@/lib/auth/session";
import { exactLikeCount, exactLikeCountSql } from "@/lib/comments/like-count";
import { likeGuardSql, setLike } from "@/lib/comments/likes";
import {
  canSeeComment,
  isOpenForDiscussion,
  OPEN_FOR_DISCUSSION_WHERE,
  openForDiscussionSql,
  visibleCommentsWhere,
} from "@/lib/comments/visibility";
import { getCourseAccess } from "@/lib/courses/access";
import type { ArticleStatus, CommentStatus } from "@/lib/generated/prisma/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect, createLesson } from "../../prisma/factories";
import { createWorld, type World } from "../../prisma/world";

// One table per rule: the predicate, the Prisma filter (against this database) and the SQL
// fragment are asked the same cases (STYLE.md "Where a rule lives"). No test here folds likes
// (tests/comments/likes.test.ts owns folding); the like counts below hold whether or not a fold runs.
const db = connect(process.env.DATABASE_URL!);
let w: World;
beforeAll(async () => {
  w = await createWorld(db);
});
afterAll(() => db.$disconnect());

type Viewer = "visitor" | "author" | "member" | "outsider" | "instructor" | "otherInstructor" | "admin";
const VIEWERS: Viewer[] = ["visitor", "author", "member", "outsider", "instructor", "otherInstructor", "admin"];
const userOf = (v: Viewer): CurrentUser | null => (v === "visitor" ? null : w.users[v]);

type State = { status: CommentStatus; isDeleted: boolean; replyCount: number };
const STATES: State[] = (["PENDING", "FEATURED", "HIDDEN"] as const).flatMap((status) => [
  { status, isDeleted: false, replyCount: 0 },
  { status, isDeleted: true, replyCount: 0 },
  { status, isDeleted: true, replyCount: 2 },
]);
const label = (s: State) => `${s.status}${s.isDeleted ? `, deleted with ${s.replyCount} replies` : ""}`;

async function commentIn(articleId: string, s: State) {
  return db.comment.create({
    data: {
      courseId: w.course.id,
      articleId,
      authorId: w.users.author.id,
      body: "A comment under test",
      status: s.status,
      replyCount: s.replyCount,
      deletedAt: s.isDeleted ? new Date() : null,
    },
  });
}
const matches = async (id: string, where: Prisma.CommentWhereInput) =>
  (await db.comment.findFirst({ where: { AND: [{ id }, where] }, select: { id: true } })) !== null;

describe("who sees a comment (canSeeComment · visibleCommentsWhere)", () => {
  const cases = STATES.flatMap((s) => VIEWERS.map((v) => [label(s), v, s] as const));
  it.each(cases)("%s, seen by %s", async (_label, v, s) => {
    const viewer = userOf(v);
    const { canCurate } = await getCourseAccess(viewer, w.course.id);
    const row = await commentIn(w.article.id, s);
    const isVisible = canSeeComment(viewer, canCurate, row);
    const expected = s.isDeleted
      ? s.status === "FEATURED" && s.replyCount > 0
      : s.status === "FEATURED" || canCurate || v === "author";
    expect(isVisible).toBe(expected);
    expect(await matches(row.id, visibleCommentsWhere(viewer, canCurate))).toBe(expected);
  });
});

describe("which comments are open for discussion (isOpenForDiscussion · OPEN_FOR_DISCUSSION_WHERE · SQL)", () => {
  it.each(STATES.map((s) => [label(s), s] as const))("%s", async (_label, s) => {
    const row = await commentIn(w.article.id, s);
    const expected = s.status === "FEATURED" && !s.isDeleted;
    expect(isOpenForDiscussion(row)).toBe(expected);
    expect(await matches(row.id, OPEN_FOR_DISCUSSION_WHERE)).toBe(expected);
    const [sql] = await db.$queryRaw<{ ok: boolean }[]>`
      SELECT ${Prisma.raw(openForDiscussionSql("c"))} AS ok FROM comments c WHERE c.id = ${row.id}`;
    expect(sql!.ok).toBe(expected);
  });
});

describe("who may like a comment (setLike's slow-path checks · likeGuardSql · setLike)", () => {
  // A featured or pending comment on a published or an unpublished lesson, for every viewer.
  const cases = (["PUBLISHED", "DRAFT"] as ArticleStatus[]).flatMap((articleStatus) =>
    (["FEATURED", "PENDING"] as CommentStatus[]).flatMap((status) =>
      VIEWERS.filter((v) => v !== "visitor").map((v) => [articleStatus, status, v] as const),
    ),
  );
  it.each(cases)("%s lesson, %s comment, %s", async (articleStatus, status, v) => {
    const viewer = userOf(v)!;
    const article = await createLesson(db, w.course.id, w.users.instructor.id);
    await db.article.update({ where: { id: article.id }, data: { status: articleStatus } });
    const row = await commentIn(article.id, { status, isDeleted: false, replyCount: 0 });
    const access = await getCourseAccess(viewer, w.course.id);
    // The slow path, step by step: sees the article and the comment, the comment is open, takes part.
    const isAllowed =
      canSeeArticle(viewer, access, {
        status: articleStatus,
        authorId: w.users.instructor.id,
        publishedAt: article.publishedAt,
      }) &&
      canSeeComment(viewer, access.canCurate, row) &&
      isOpenForDiscussion(row) &&
      access.canParticipate;
    const curates = v === "instructor" || v === "admin";
    const takesPart = curates || v === "author" || v === "member";
    expect(isAllowed).toBe(status === "FEATURED" && (articleStatus === "PUBLISHED" ? takesPart : curates));
    const [sql] = await db.$queryRaw<{ ok: boolean }[]>`
      SELECT (${likeGuardSql(viewer)}) AS ok
      FROM comments c JOIN articles a ON a.id = c.article_id WHERE c.id = ${row.id}`;
    expect(sql!.ok).toBe(isAllowed);
    const liked = await setLike(viewer, row.id, true).then(
      (r) => r.liked,
      () => false,
    );
    expect(liked).toBe(isAllowed);
  });
});

describe("a comment's exact like count (exactLikeCount · exactLikeCountSql)", () => {
  it.each([
    [0, []],
    [5, []],
    [0, [1, 1, -1]],
    [7, [3, -2]],
    [2, [-2]],
  ] as const)("counter %i plus deltas %j", async (likeCount, deltas) => {
    const row = await commentIn(w.article.id, { status: "FEATURED", isDeleted: false, replyCount: 0 });
    await db.comment.update({ where: { id: row.id }, data: { likeCount } });
    await db.commentLikeDelta.createMany({ data: deltas.map((delta, slot) => ({ commentId: row.id, slot, delta })) });
    const expected = likeCount + deltas.reduce((a, b) => a + b, 0);
    // One snapshot of the counter, the deltas and the fragment, so a fold elsewhere cannot split them.
    const [snap] = await db.$queryRaw<{ counter: number; deltas: number[]; n: number }[]>`
      SELECT c.like_count AS counter,
             COALESCE((SELECT array_agg(d.delta) FROM comment_like_deltas d WHERE d.comment_id = c.id), '{}') AS deltas,
             ${exactLikeCountSql("c")} AS n
      FROM comments c WHERE c.id = ${row.id}`;
    expect(exactLikeCount(snap!.counter, snap!.deltas)).toBe(expected);
    expect(snap!.n).toBe(expected);
  });
});
