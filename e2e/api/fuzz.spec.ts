// Random and hostile input at the API: JSON bodies at every mutating route (only 4xx answers
// in the contract's shape, nothing changed in the database), and path ids and query strings
// at the API and the pages (never a 5xx).
import type { Page } from "@playwright/test";
import fc from "fast-check";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { addMember, createComment, createCourse, createLesson, createUser } from "../../prisma/factories";
import { expect, signIn, test } from "../fixtures";

// Strings no field accepts: empty, blank, null bytes, far too long.
const hostileString = fc.constantFrom("", "   ", "\u0000", "a\u0000b", "x".repeat(70_000));
const wrongType = fc.oneof(
  fc.integer(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.object({ maxDepth: 1 }),
  hostileString,
);
const pollution = fc.constantFrom(
  '{"__proto__": {"isAdmin": true}, "body": "x"}',
  '{"constructor": {"prototype": {"role": "ADMIN"}}}',
  '{"body": {"__proto__": null}}',
);
const deep = fc.nat({ max: 3000 }).map((n) => "[".repeat(n) + "]".repeat(n));
const payload = fc.oneof(
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc
    .dictionary(
      fc.constantFrom(
        "body",
        "status",
        "pinned",
        "reason",
        "faq",
        "commentId",
        "replyId",
        "ids",
        "commentIds",
        "all",
        "email",
        "password",
        "name",
      ),
      wrongType,
    )
    .map((v) => JSON.stringify(v)),
  pollution,
  deep,
  hostileString,
);
const rawBytes = fc.uint8Array({ minLength: 1, maxLength: 64 }).map((b) => Buffer.from([0xc3, 0x28, ...b])); // invalid UTF-8 first

/** A course taught by a new instructor, with a lesson and a featured and a pending comment; `page` is signed in as them. */
async function instructorWorld(db: PrismaClient, page: Page) {
  const course = await createCourse(db);
  const me = await createUser(db);
  await addMember(db, course.id, me.id, "INSTRUCTOR");
  const lesson = await createLesson(db, course.id, me.id);
  const featured = await createComment(db, {
    courseId: course.id,
    articleId: lesson.id,
    authorId: me.id,
    status: "FEATURED",
  });
  const pending = await createComment(db, { courseId: course.id, articleId: lesson.id, authorId: me.id });
  await signIn(page, me.email, me.password);
  return { course, me, lesson, featured, pending };
}

test("hostile bodies get a 4xx in the contract's shape and change nothing", async ({ page, db }) => {
  test.setTimeout(120_000);
  const { course, me, lesson, featured, pending } = await instructorWorld(db, page);
  // The instructor's own author reply (which they may edit), and a learner's reply awaiting curation.
  const learner = await createUser(db);
  await addMember(db, course.id, learner.id);
  const answer = await db.reply.create({
    data: { commentId: featured.id, authorId: me.id, body: "An answer.", isAuthorReply: true },
  });
  const waiting = await db.reply.create({
    data: { commentId: featured.id, authorId: learner.id, body: "A reply.", status: "PENDING" },
  });

  const routes: Array<[string, string]> = [
    ["POST", "/api/register"],
    ["POST", `/api/articles/${lesson.id}/comments`],
    ["PATCH", `/api/comments/${pending.id}`],
    // A pending comment: an empty reason would clear a featured one's (a valid request).
    ["PATCH", `/api/comments/${pending.id}/curation`],
    ["POST", `/api/comments/${featured.id}/replies`],
    ["PATCH", `/api/replies/${answer.id}`],
    ["PATCH", `/api/replies/${waiting.id}/curation`],
    ["POST", "/api/reports"],
    ["POST", "/api/notifications/read"],
    ["POST", "/api/courses"], // an instructor may not open courses: any 2xx fails the status check
    ["PATCH", `/api/courses/${course.slug}`],
    ["POST", `/api/courses/${course.slug}/chapters`],
    ["POST", `/api/courses/${course.slug}/lessons`],
    ["PATCH", `/api/articles/${lesson.id}`],
    ["POST", "/api/me/password"], // no body knows the current password: never a 2xx
    ["POST", "/api/studio/clusters/answer"], // no body names two pending comments of the course
    ["POST", "/api/studio/seen"], // no body is a list of 1..100 ids: the pending comment stays unseen
  ];
  const snapshot = async () => ({
    comments: await db.comment.findMany({ where: { articleId: lesson.id }, orderBy: { id: "asc" } }),
    replies: await db.reply.findMany({ where: { commentId: featured.id }, orderBy: { id: "asc" } }),
    reports: await db.report.count({ where: { courseId: course.id } }),
    audit: await db.auditEvent.count({ where: { courseId: course.id } }),
    course: await db.course.findUniqueOrThrow({ where: { id: course.id } }),
    chapters: await db.chapter.count({ where: { courseId: course.id } }),
    articles: await db.article.findMany({ where: { courseId: course.id }, orderBy: { id: "asc" } }),
    me: await db.user.findUniqueOrThrow({ where: { id: me.id } }),
  });
  const before = await snapshot();

  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...routes), fc.oneof(payload, rawBytes), async ([method, url], body) => {
      const res = await page.request.fetch(url, {
        method,
        headers: { "content-type": "application/json" },
        data: typeof body === "string" ? Buffer.from(body) : body,
      });
      const status = res.status();
      expect(status, `${method} ${url} ${String(body).slice(0, 80)}`).toBeGreaterThanOrEqual(400);
      expect(status).toBeLessThan(500);
      const json = await res.json();
      expect(json).toEqual({
        error: {
          code: expect.any(String),
          message: expect.any(String),
          ...(json.error.issues && { issues: expect.any(Array) }),
        },
      });
    }),
    { numRuns: 150 },
  );
  expect(await snapshot()).toEqual(before);
});

// Any text, raw or percent-encoded, as a path id or a query value: never a 5xx, and the API
// answers its refusals in the contract's shape.
const attackText = fc.constantFrom(
  "\u0000",
  "a\u0000b",
  "%00",
  "a%00b",
  "%2Fe%00",
  "%",
  "%zz",
  "%E0%A4%A",
  "%C0%AF",
  "..",
  "../../etc/passwd",
  "/",
  "\\",
  "%2F",
  "%5C",
  "'",
  "' OR 1=1 --",
  '"',
  "<script>alert(1)</script>",
  "x".repeat(500),
  "🙂",
  "\uD800",
  "\r\nSet-Cookie: a=b",
  "\t",
  " ",
  "NaN",
  "-1",
  "1e309",
);
const anyText = fc.oneof(attackText, fc.string({ unit: "binary", maxLength: 40 }));
/** Percent-encodes the UTF-8 bytes (lone surrogates become U+FFFD), or leaves an attack string raw. */
const asSent = fc
  .tuple(anyText, fc.boolean())
  .map(([text, raw]) =>
    raw && !/[\s#?]/.test(text)
      ? text
      : [...Buffer.from(text, "utf8")].map((b) => `%${b.toString(16).padStart(2, "0")}`).join(""),
  );

test("hostile path ids and query strings get no 5xx", async ({ page, db }) => {
  test.setTimeout(120_000);
  const { course, lesson, featured } = await instructorWorld(db, page);

  const templates: Array<(x: string, y: string) => string> = [
    (x) => `/api/articles/${x}`,
    (x, y) => `/api/articles/${x}/comments?sort=${y}`,
    (x, y) => `/api/articles/${lesson.id}/comments?cursor=${x}&status=${y}&limit=${y}`,
    (x, y) => `/api/articles/${x}/similar?q=${y}`,
    (x) => `/api/articles/${lesson.id}/similar?q=${x}`,
    (x) => `/api/comments/${x}`,
    (x, y) => `/api/comments/${x}/replies?cursor=${y}`,
    (x) => `/api/comments/${featured.id}/replies?cursor=${x}&limit=${x}`,
    (x) => `/api/articles/${x}/faq`,
    (x, y) => `/api/courses/${course.slug}/chapters/${x}/recap?format=${y}`,
    (x) => `/api/courses/${x}/chapters/${x}/recap`,
    (x, y) => `/courses/${course.slug}/chapters/${x}/recap?y=${y}`,
    (x) => `/api/courses/${x}`,
    (x) => `/api/courses/${x}/essays`,
    (x) => `/api/courses/${x}/blocked-words`,
    (x) => `/api/courses/${x}/search?q=cache`,
    (x, y) => `/api/courses/${course.slug}/search?q=${x}&cursor=${y}&limit=${y}`,
    (x) => `/api/studio/courses/${x}`,
    (x) => `/api/studio/lessons/${x}`,
    (x, y) => `/api/studio/queue?courseId=${x}&articleId=${y}&kind=${y}&cursor=${x}`,
    (x, y) => `/api/studio/export?course=${x}&article=${y}&format=${y}`,
    (x) => `/api/studio/analytics?course=${x}`,
    (x, y) => `/api/studio/clusters?courseId=${x}&articleId=${y}`,
    (x) => `/api/notifications?cursor=${x}`,
    (x) => `/courses/${x}`,
    (x) => `/courses/${course.slug}/articles/${x}`,
    (x, y) => `/courses/${course.slug}/search?q=${x}&cursor=${y}`,
    (x) => `/essays/${x}/edit`,
    (x) => `/studio?course=${x}`,
    (x, y) => `/studio?group=1&courseId=${x}&articleId=${y}`,
    (x) => `/studio/analytics?course=${x}`,
    (x) => `/api/studio/health?course=${x}`,
    (x) => `/studio/health?course=${x}`,
    (x) => `/signin?next=${x}`,
  ];

  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...templates), asSent, asSent, async (template, x, y) => {
      const url = template(x, y);
      const res = await page.request.get(url, { maxRedirects: 0 });
      const status = res.status();
      expect(status, url).toBeLessThan(500);
      // Where the request really went: "/api/x/../../y" is a page, not the API.
      if (new URL(url, "http://app").pathname.startsWith("/api/") && status >= 400) {
        expect((await res.json()).error, url).toEqual({
          code: expect.any(String),
          message: expect.any(String),
          ...((await res.json()).error.issues && { issues: expect.any(Array) }),
        });
      }
    }),
    { numRuns: 300 },
  );
});
