// Every role × every discussion action, through the HTTP API. Each cell is a test.
import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { addMember, connect, createComment, createCourse, createLesson, createUser, type TestUser } from "../../prisma/factories";
import { expect, test } from "../fixtures";

const ROLES = ["visitor", "outsider", "member", "author", "instructor", "otherInstructor", "admin"] as const;
type RoleName = (typeof ROLES)[number];

type Expected = { seePending: boolean; seeHidden: boolean; comment: number; like: number; reply: number; curate: number; edit: number; delete: number };
const MATRIX: Record<RoleName, Expected> = {
  visitor: { seePending: false, seeHidden: false, comment: 401, like: 401, reply: 401, curate: 401, edit: 401, delete: 401 },
  outsider: { seePending: false, seeHidden: false, comment: 403, like: 403, reply: 403, curate: 403, edit: 404, delete: 403 },
  member: { seePending: false, seeHidden: false, comment: 201, like: 200, reply: 201, curate: 403, edit: 404, delete: 403 },
  author: { seePending: true, seeHidden: true, comment: 201, like: 200, reply: 201, curate: 403, edit: 200, delete: 204 },
  instructor: { seePending: true, seeHidden: true, comment: 201, like: 200, reply: 201, curate: 200, edit: 403, delete: 403 },
  otherInstructor: { seePending: false, seeHidden: false, comment: 403, like: 403, reply: 403, curate: 403, edit: 404, delete: 403 },
  admin: { seePending: true, seeHidden: true, comment: 201, like: 200, reply: 201, curate: 200, edit: 403, delete: 403 },
};

test.describe.configure({ mode: "serial" });

const db = connect(process.env.DATABASE_URL!);
const clients = {} as Record<RoleName, APIRequestContext>;
let articleId = "";
let courseId = "";
let users = {} as Record<Exclude<RoleName, "visitor">, TestUser>;
let n = 0;

async function client(baseURL: string, user?: TestUser) {
  const ctx = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": `198.51.100.${++n}` } });
  if (user) {
    const { csrfToken } = await (await ctx.get("/api/auth/csrf")).json();
    await ctx.post("/api/auth/callback/credentials", { form: { csrfToken, email: user.email, password: user.password }, maxRedirects: 0 });
  }
  return ctx;
}

test.beforeAll(async ({ baseURL }) => {
  const course = await createCourse(db);
  const other = await createCourse(db);
  const make = () => createUser(db);
  users = { outsider: await make(), member: await make(), author: await make(), instructor: await make(), otherInstructor: await make(), admin: await createUser(db, { role: "ADMIN" }) };
  await addMember(db, course.id, users.member.id);
  await addMember(db, course.id, users.author.id);
  await addMember(db, course.id, users.instructor.id, "INSTRUCTOR");
  await addMember(db, other.id, users.otherInstructor.id, "INSTRUCTOR");
  courseId = course.id;
  articleId = (await createLesson(db, course.id, users.instructor.id)).id;
  for (const role of ROLES) clients[role] = await client(baseURL!, role === "visitor" ? undefined : users[role]);
});

test.afterAll(async () => {
  await Promise.all(Object.values(clients).map((c) => c.dispose()));
  await db.$disconnect();
});

/** A fresh comment by the author in `status`, set up directly in the database. */
async function commentIn(status: "pending" | "featured" | "hidden") {
  const c = await createComment(db, { courseId, articleId, authorId: users.author.id, status: status.toUpperCase() as "PENDING" });
  return c.id;
}

async function sees(role: RoleName, commentId: string, status: "pending" | "hidden") {
  const curator = role === "instructor" || role === "admin";
  const res = await clients[role].get(`/api/articles/${articleId}/comments?status=${curator ? status : "featured"}&limit=50`);
  expect(res.status()).toBe(200);
  const ids = ((await res.json()).items as { id: string }[]).map((c) => c.id);
  return ids.includes(commentId);
}

for (const role of ROLES) {
  const want = MATRIX[role];
  test.describe(role, () => {
    test(`${role}: sees a pending comment → ${want.seePending}`, async () => {
      expect(await sees(role, await commentIn("pending"), "pending")).toBe(want.seePending);
    });
    test(`${role}: sees a hidden comment → ${want.seeHidden}`, async () => {
      expect(await sees(role, await commentIn("hidden"), "hidden")).toBe(want.seeHidden);
    });
    test(`${role}: comments → ${want.comment}`, async () => {
      const res = await clients[role].post(`/api/articles/${articleId}/comments`, { data: { body: "hello" } });
      expect(res.status()).toBe(want.comment);
      if (want.comment === 201) expect((await res.json()).status).toBe("pending");
    });
    test(`${role}: likes a featured comment → ${want.like}`, async () => {
      const res = await clients[role].put(`/api/comments/${await commentIn("featured")}/like`);
      expect(res.status()).toBe(want.like);
      if (want.like === 200) expect(await res.json()).toEqual({ liked: true, likeCount: 1 });
    });
    test(`${role}: replies to a featured comment → ${want.reply}`, async () => {
      const res = await clients[role].post(`/api/comments/${await commentIn("featured")}/replies`, { data: { body: "a reply" } });
      expect(res.status()).toBe(want.reply);
      if (want.reply === 201) expect((await res.json()).isAuthorReply).toBe(role === "instructor" || role === "admin");
    });
    test(`${role}: curates a featured comment → ${want.curate}`, async () => {
      const res = await clients[role].patch(`/api/comments/${await commentIn("featured")}/curation`, { data: { status: "hidden" } });
      expect(res.status()).toBe(want.curate);
    });
    test(`${role}: edits a pending comment → ${want.edit}`, async () => {
      const res = await clients[role].patch(`/api/comments/${await commentIn("pending")}`, { data: { body: "edited" } });
      expect(res.status()).toBe(want.edit);
    });
    test(`${role}: deletes a featured comment → ${want.delete}`, async () => {
      const res = await clients[role].delete(`/api/comments/${await commentIn("featured")}`);
      expect(res.status()).toBe(want.delete);
    });
  });
}
