import { createComment } from "@/lib/comments/mutations";
import { getComment } from "@/lib/comments/queries";
import { afterAll, beforeAll, expect, it } from "vitest";
import { connect } from "../../prisma/factories";
import { createWorld, type World } from "../../prisma/world";

// Posting answers the new comment without reading it back: what it answers must be what a
// read of that comment gives the poster, and the row must hold what was posted.

const db = connect(process.env.DATABASE_URL!);
let w: World;
beforeAll(async () => {
  w = await createWorld(db);
});
afterAll(() => db.$disconnect());

it.each(["author", "instructor", "admin"] as const)(
  "a new comment by the %s answers what a read of it gives",
  async (who) => {
    const user = w.users[who];
    const posted = await createComment(user, w.article.id, { body: `First thoughts of the ${who}.` });
    expect(posted).toEqual(await getComment(user, posted.id));
    expect(posted).toMatchObject({ status: "pending", body: `First thoughts of the ${who}.`, likeCount: 0 });
    expect(posted.author).toMatchObject({ id: user.id, name: user.name, isInstructor: who === "instructor" });
    const row = await db.comment.findUniqueOrThrow({ where: { id: posted.id } });
    expect(row).toMatchObject({ courseId: w.course.id, articleId: w.article.id, authorId: user.id, status: "PENDING" });
    expect(row.createdAt.toISOString()).toBe(posted.createdAt);
    expect(row.updatedAt.toISOString()).toBe(posted.updatedAt);
    expect(posted.id).toMatch(/^c[a-z0-9]{24}$/);
  },
);

it("each new comment gets an id of its own", async () => {
  const posted = await Promise.all(
    Array.from({ length: 20 }, (_, i) => createComment(w.users.member, w.article.id, { body: `Comment ${i}` })),
  );
  expect(new Set(posted.map((c) => c.id)).size).toBe(20);
});
