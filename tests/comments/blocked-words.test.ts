import { BlockedWordsSchema, getBlockedWords, setBlockedWords } from "@/lib/comments/blocked-words";
import { curateComment } from "@/lib/comments/curation";
import { createComment, updateComment } from "@/lib/comments/mutations";
import { listComments } from "@/lib/comments/queries";
import { afterAll, beforeAll, expect, it } from "vitest";
import { connect } from "../../prisma/factories";
import { createWorld, type World } from "../../prisma/world";

const db = connect(process.env.DATABASE_URL!);
let w: World;
beforeAll(async () => {
  w = await createWorld(db);
  await setBlockedWords(
    w.users.instructor,
    w.course.slug,
    BlockedWordsSchema.parse({ words: ["Casino", "casino", "  spam link "] }),
  );
});
afterAll(() => db.$disconnect());

it("only the course's curators manage the list; it is stored lower-case and deduplicated", async () => {
  expect(await getBlockedWords(w.users.admin, w.course.slug)).toEqual(["casino", "spam link"]);
  await expect(getBlockedWords(w.users.member, w.course.slug)).rejects.toMatchObject({ code: "forbidden" });
  await expect(setBlockedWords(w.users.otherInstructor, w.course.slug, { words: [] })).rejects.toMatchObject({
    code: "forbidden",
  });
  await expect(getBlockedWords(null, w.course.slug)).rejects.toMatchObject({ code: "unauthorized" });
});

it("holds a comment with a blocked word back from featuring, with the reason shown to instructors only", async () => {
  const c = await createComment(w.users.author, w.article.id, { body: "Best CASINO bonus here" });
  expect(c.heldReason).toBeNull(); // the author is not told which word
  await expect(curateComment(w.users.instructor, c.id, { status: "featured" })).rejects.toMatchObject({
    code: "conflict",
  });
  const forInstructor = await listComments(w.users.instructor, w.article.id, {
    sort: "new",
    limit: 50,
    status: "pending",
  });
  expect(forInstructor.items.find((i) => i.id === c.id)?.heldReason).toContain("casino");
  const forAuthor = await listComments(w.users.author, w.article.id, { sort: "new", limit: 50, status: "featured" });
  expect(forAuthor.items.find((i) => i.id === c.id)?.heldReason).toBeNull();

  await updateComment(w.users.author, c.id, { body: "Best study tips here" });
  expect((await curateComment(w.users.instructor, c.id, { status: "featured" })).status).toBe("featured");
});

it("a changed list applies to the very next comment (the cached list is dropped at once)", async () => {
  const before = await createComment(w.users.author, w.article.id, { body: "A poker night after class?" });
  await setBlockedWords(w.users.instructor, w.course.slug, BlockedWordsSchema.parse({ words: ["poker"] }));
  const after = await createComment(w.users.author, w.article.id, { body: "A poker night after class?" });
  await setBlockedWords(w.users.instructor, w.course.slug, BlockedWordsSchema.parse({ words: ["casino"] }));
  const reasons = await db.comment.findMany({
    where: { id: { in: [before.id, after.id] } },
    select: { id: true, heldReason: true },
  });
  expect(reasons.find((r) => r.id === before.id)?.heldReason).toBeNull();
  expect(reasons.find((r) => r.id === after.id)?.heldReason).toContain("poker");
});
