// Every role × every discussion action, through the HTTP API, for what a status alone does not
// show. Each cell is a test. The status of each route for each role is authorization.spec.ts's
// table; a cell here that would only repeat one of its cells (same route, role, comment state and
// status, nothing more checked) is left to it: editing and deleting, and the refusals to comment,
// like and reply.
import type { APIRequestContext } from "@playwright/test";
import { connect, createComment } from "../../prisma/factories";
import { createWorld, ROLES, type RoleName, type World } from "../../prisma/world";
import { expect, roleClients, test } from "../fixtures";

/** Who sees a pending or hidden comment in the article's list (visitors and outsiders see featured ones only). */
const SEES: Record<RoleName, { pending: boolean; hidden: boolean }> = {
  visitor: { pending: false, hidden: false },
  outsider: { pending: false, hidden: false },
  member: { pending: false, hidden: false },
  author: { pending: true, hidden: true },
  instructor: { pending: true, hidden: true },
  otherInstructor: { pending: false, hidden: false },
  admin: { pending: true, hidden: true },
};
/** Who may take part; what comes back to them is checked here, the refusals to others there. */
const PARTICIPANTS = ["member", "author", "instructor", "admin"] as const;
/**
 * Hiding a featured comment. authorization.spec.ts features a pending one instead: another state
 * (outsiders get 404 for a pending comment, 403 here) and another change, so the column stays whole.
 */
const CURATE_FEATURED: Record<RoleName, number> = {
  visitor: 401,
  outsider: 403,
  member: 403,
  author: 403,
  instructor: 200,
  otherInstructor: 403,
  admin: 200,
};

test.describe.configure({ mode: "serial" });

const db = connect(process.env.DATABASE_URL!);
let world: World;
let clients = {} as Record<RoleName, APIRequestContext>;

test.beforeAll(async ({ baseURL }) => {
  world = await createWorld(db);
  clients = await roleClients(baseURL!, world.users, "198.51.100.");
});

test.afterAll(async () => {
  await Promise.all(Object.values(clients).map((c) => c.dispose()));
  await db.$disconnect();
});

/** A fresh comment by the author in `status`, set up directly in the database. */
async function commentIn(status: "pending" | "featured" | "hidden") {
  const c = await createComment(db, {
    courseId: world.course.id,
    articleId: world.article.id,
    authorId: world.users.author.id,
    status: status.toUpperCase() as "PENDING",
  });
  return c.id;
}

async function sees(role: RoleName, commentId: string, status: "pending" | "hidden") {
  const curator = role === "instructor" || role === "admin";
  const query = `status=${curator ? status : "featured"}&limit=50`;
  const res = await clients[role].get(`/api/articles/${world.article.id}/comments?${query}`);
  expect(res.status()).toBe(200);
  const ids = ((await res.json()).items as { id: string }[]).map((c) => c.id);
  return ids.includes(commentId);
}

for (const role of ROLES) {
  const want = SEES[role];
  test.describe(role, () => {
    test(`${role}: sees a pending comment → ${want.pending}`, async () => {
      expect(await sees(role, await commentIn("pending"), "pending")).toBe(want.pending);
    });
    test(`${role}: sees a hidden comment → ${want.hidden}`, async () => {
      expect(await sees(role, await commentIn("hidden"), "hidden")).toBe(want.hidden);
    });
    if ((PARTICIPANTS as readonly RoleName[]).includes(role)) {
      test(`${role}: comments → 201`, async () => {
        const res = await clients[role].post(`/api/articles/${world.article.id}/comments`, { data: { body: "hello" } });
        expect(res.status()).toBe(201);
        expect((await res.json()).status).toBe("pending");
      });
      test(`${role}: likes a featured comment → 200`, async () => {
        const res = await clients[role].put(`/api/comments/${await commentIn("featured")}/like`);
        expect(res.status()).toBe(200);
        expect(await res.json()).toEqual({ liked: true, likeCount: 1 });
      });
      test(`${role}: replies to a featured comment → 201`, async () => {
        const data = { body: "a reply" };
        const res = await clients[role].post(`/api/comments/${await commentIn("featured")}/replies`, { data });
        expect(res.status()).toBe(201);
        const curates = role === "instructor" || role === "admin";
        // A learner's reply awaits curation (the course's default); a curator's never waits.
        expect(await res.json()).toMatchObject({ isAuthorReply: curates, status: curates ? "published" : "pending" });
      });
    }
    test(`${role}: curates a featured comment → ${CURATE_FEATURED[role]}`, async () => {
      const data = { status: "hidden" };
      const res = await clients[role].patch(`/api/comments/${await commentIn("featured")}/curation`, { data });
      expect(res.status()).toBe(CURATE_FEATURED[role]);
    });
  });
}
