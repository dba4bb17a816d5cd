// Random and hostile JSON at every mutating route: only 4xx answers in the contract's
// shape, and nothing changes in the database.
import fc from "fast-check";
import { addMember, createComment, createCourse, createLesson, createUser } from "../../prisma/factories";
import { expect, signIn, test } from "../fixtures";

// Strings no field accepts: empty, blank, null bytes, far too long.
const hostileString = fc.constantFrom("", "   ", "\u0000", "a\u0000b", "x".repeat(70_000));
const wrongType = fc.oneof(fc.integer(), fc.constant(null), fc.array(fc.integer(), { maxLength: 3 }), fc.object({ maxDepth: 1 }), hostileString);
const pollution = fc.constantFrom(
  '{"__proto__": {"isAdmin": true}, "body": "x"}',
  '{"constructor": {"prototype": {"role": "ADMIN"}}}',
  '{"body": {"__proto__": null}}',
);
const deep = fc.nat({ max: 3000 }).map((n) => "[".repeat(n) + "]".repeat(n));
const payload = fc.oneof(
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.dictionary(fc.constantFrom("body", "status", "pinned", "reason", "commentId", "replyId", "ids", "all", "email", "password", "name"), wrongType).map((v) => JSON.stringify(v)),
  pollution,
  deep,
  hostileString,
);
const rawBytes = fc.uint8Array({ minLength: 1, maxLength: 64 }).map((b) => Buffer.from([0xc3, 0x28, ...b])); // invalid UTF-8 first

test("hostile bodies get a 4xx in the contract's shape and change nothing", async ({ page, db }) => {
  test.setTimeout(120_000);
  const course = await createCourse(db);
  const me = await createUser(db);
  await addMember(db, course.id, me.id, "INSTRUCTOR");
  const lesson = await createLesson(db, course.id, me.id);
  const featured = await createComment(db, { courseId: course.id, articleId: lesson.id, authorId: me.id, status: "FEATURED" });
  const pending = await createComment(db, { courseId: course.id, articleId: lesson.id, authorId: me.id });
  await signIn(page, me.email, me.password);

  const routes: Array<[string, string]> = [
    ["POST", "/api/register"],
    ["POST", `/api/articles/${lesson.id}/comments`],
    ["PATCH", `/api/comments/${pending.id}`],
    ["PATCH", `/api/comments/${featured.id}/curation`],
    ["POST", `/api/comments/${featured.id}/replies`],
    ["POST", "/api/reports"],
    ["POST", "/api/notifications/read"],
  ];
  const snapshot = async () => ({
    comments: await db.comment.findMany({ where: { articleId: lesson.id }, orderBy: { id: "asc" } }),
    replies: await db.reply.count({ where: { commentId: featured.id } }),
    reports: await db.report.count({ where: { courseId: course.id } }),
    audit: await db.auditEvent.count({ where: { courseId: course.id } }),
    me: await db.user.findUniqueOrThrow({ where: { id: me.id } }),
  });
  const before = await snapshot();

  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...routes), fc.oneof(payload, rawBytes), async ([method, url], body) => {
      const res = await page.request.fetch(url, { method, headers: { "content-type": "application/json" }, data: typeof body === "string" ? Buffer.from(body) : body });
      const status = res.status();
      expect(status, `${method} ${url} ${String(body).slice(0, 80)}`).toBeGreaterThanOrEqual(400);
      expect(status).toBeLessThan(500);
      const json = await res.json();
      expect(json).toEqual({ error: { code: expect.any(String), message: expect.any(String), ...(json.error.issues && { issues: expect.any(Array) }) } });
    }),
    { numRuns: 150 },
  );
  expect(await snapshot()).toEqual(before);
});
