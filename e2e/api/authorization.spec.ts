// Every API route × every role, with the status each must answer. The table must name
// every route handler in app/api: a new route without a row fails the first test. What a
// status does not show (who sees which comments, what comes back) is in matrix.spec.ts.
import type { APIRequestContext } from "@playwright/test";
import { createHash, createHmac, randomBytes, randomInt, randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { addMember, createComment, createCourse, createUser } from "../../prisma/factories";
import { createWorld, ROLES, type RoleName, type WorldUser } from "../../prisma/world";
import { expect, roleClients, signIn, test } from "../fixtures";

/** The shared world (prisma/world.ts), with its ids named as the table's rows use them. */
type World = {
  db: PrismaClient;
  courseId: string;
  courseSlug: string;
  lessonId: string;
  users: Record<Exclude<RoleName, "visitor">, WorldUser>;
};
/** A multipart/form-data body, for the upload endpoint. */
type Multipart = Record<string, { name: string; mimeType: string; buffer: Buffer }>;
type Row = {
  /** Builds the request for one cell (fresh objects per cell, so cells do not interfere). */
  prepare: (w: World, role: RoleName) => Promise<{ path: string; body?: unknown; multipart?: Multipart }>;
  /** The call ends the caller's session: each role signs in again after its cell. */
  signsOut?: true;
  expect: [
    visitor: number,
    outsider: number,
    member: number,
    author: number,
    instructor: number,
    otherInstructor: number,
    admin: number,
  ];
};

// A 1×1 PNG, distinct per call (its colour), so uploads do not only hit the dedupe path.
const png = () =>
  sharp({ create: { width: 1, height: 1, channels: 3, background: { r: randomInt(256), g: randomInt(256), b: 0 } } })
    .png()
    .toBuffer();
const upload = (w: World) =>
  w.db.upload.create({
    data: { id: `t${randomUUID()}`, bytes: new Uint8Array([0]), mimeType: "image/png", width: 1, height: 1, size: 1 },
  });

const comment = (w: World, status: "PENDING" | "FEATURED" | "HIDDEN") =>
  createComment(w.db, { courseId: w.courseId, articleId: w.lessonId, authorId: w.users.author.id, status });
/** A reply under a new featured comment: the author's (a learner's) unless said, awaiting curation unless said. */
const reply = async (w: World, status: "PENDING" | "PUBLISHED", by: "author" | "instructor" = "author") => {
  const c = await comment(w, "FEATURED");
  const isAuthorReply = by === "instructor";
  const data = { commentId: c.id, authorId: w.users[by].id, body: "a reply", status, isAuthorReply };
  const row = await w.db.reply.create({ data });
  if (status === "PUBLISHED") await w.db.comment.update({ where: { id: c.id }, data: { replyCount: 1 } });
  return row;
};
const submittedEssay = (w: World) =>
  w.db.article.create({
    data: {
      courseId: w.courseId,
      authorId: w.users.author.id,
      kind: "ESSAY",
      status: "SUBMITTED",
      slug: `essay-${Math.random().toString(36).slice(2)}`,
      title: "My reflection",
      body: "What I learned.",
      submittedAt: new Date(),
    },
  });
const learner = async (w: World) => {
  const user = await createUser(w.db);
  await addMember(w.db, w.courseId, user.id);
  return user;
};
const invite = (w: World, courseId = w.courseId) =>
  w.db.invite.create({ data: { code: randomBytes(16).toString("base64url"), courseId, role: "LEARNER" } });
const openReport = async (w: World) => {
  const c = await comment(w, "FEATURED");
  return w.db.report.create({
    data: { courseId: w.courseId, commentId: c.id, reporterId: w.users.member.id, reason: "off topic" },
  });
};

/** A fresh user's reset link token (stored as its sha256, as lib/accounts/password-reset.ts does). */
const resetToken = async (w: World) => {
  const token = randomBytes(32).toString("base64url");
  const tokenHash = createHash("sha256").update(token).digest("hex");
  const { id: userId } = await createUser(w.db);
  await w.db.passwordResetToken.create({ data: { tokenHash, userId, expiresAt: new Date(Date.now() + 3_600_000) } });
  return token;
};
/** A user's link out of the "featured" mails, signed as lib/mail/unsubscribe.ts signs it. */
const unsubscribeToken = (userId: string) => {
  const payload = `${userId}.featured`;
  const mac = createHmac("sha256", process.env.AUTH_SECRET!).update(`unsubscribe\n${payload}`).digest("base64url");
  return `${payload}.${mac}`;
};

/** A lesson of the course, written straight to the database (version 1). */
const lesson = (w: World, status: "DRAFT" | "PUBLISHED") =>
  w.db.article.create({
    data: {
      courseId: w.courseId,
      authorId: w.users.instructor.id,
      kind: "LESSON",
      status,
      publishedAt: status === "PUBLISHED" ? new Date() : null,
      slug: `lesson-${randomUUID()}`,
      title: "A lesson",
      body: "Text.",
    },
  });
const chapter = (w: World) => w.db.chapter.create({ data: { courseId: w.courseId, title: "A chapter" } });

//                                                       visitor outsider member author instr. other  admin
const TABLE: Record<string, Row> = {
  "GET /api/health": { prepare: async () => ({ path: "/api/health" }), expect: [200, 200, 200, 200, 200, 200, 200] },
  "GET /api/openapi.json": {
    prepare: async () => ({ path: "/api/openapi.json" }),
    expect: [200, 200, 200, 200, 200, 200, 200],
  },
  "GET /api/docs": { prepare: async () => ({ path: "/api/docs" }), expect: [200, 200, 200, 200, 200, 200, 200] },
  "GET /api/docs/[file]": {
    prepare: async () => ({ path: "/api/docs/script" }),
    expect: [200, 200, 200, 200, 200, 200, 200],
  },
  "POST /api/register": {
    prepare: async () => ({
      path: "/api/register",
      body: { email: `r-${Math.random().toString(36).slice(2)}@test.example`, password: "long-enough-pw", name: "R" },
    }),
    expect: [201, 201, 201, 201, 201, 201, 201],
  },
  "POST /api/password-reset": {
    prepare: async () => ({ path: "/api/password-reset", body: { email: `nobody-${randomUUID()}@test.example` } }),
    expect: [202, 202, 202, 202, 202, 202, 202],
  },
  "POST /api/password-reset/[token]": {
    prepare: async (w) => ({
      path: `/api/password-reset/${await resetToken(w)}`,
      body: { password: "long-enough-pw" },
    }),
    expect: [204, 204, 204, 204, 204, 204, 204],
  },
  "GET /api/unsubscribe": {
    prepare: async (w) => ({ path: `/api/unsubscribe?token=${unsubscribeToken((await createUser(w.db)).id)}` }),
    expect: [200, 200, 200, 200, 200, 200, 200],
  },
  "POST /api/unsubscribe": {
    prepare: async (w) => ({ path: `/api/unsubscribe?token=${unsubscribeToken((await createUser(w.db)).id)}` }),
    expect: [204, 204, 204, 204, 204, 204, 204],
  },
  "GET /api/courses": { prepare: async () => ({ path: "/api/courses" }), expect: [200, 200, 200, 200, 200, 200, 200] },
  "GET /api/courses/[slug]": {
    prepare: async (w) => ({ path: `/api/courses/${w.courseSlug}` }),
    expect: [200, 200, 200, 200, 200, 200, 200],
  },
  "GET /api/courses/[slug]/search": {
    prepare: async (w) => ({ path: `/api/courses/${w.courseSlug}/search?q=${encodeURIComponent("缓存 cache")}` }),
    expect: [200, 200, 200, 200, 200, 200, 200],
  },
  "POST /api/courses/[slug]/members": {
    prepare: async (w) => ({ path: `/api/courses/${(await createCourse(w.db)).slug}/members` }),
    expect: [401, 201, 201, 201, 201, 201, 201],
  },
  "GET /api/courses/[slug]/members": {
    prepare: async (w) => ({ path: `/api/courses/${w.courseSlug}/members?q=test` }),
    expect: [401, 403, 403, 403, 200, 403, 200],
  },
  "PUT /api/courses/[slug]/members/[userId]": {
    prepare: async (w) => ({
      path: `/api/courses/${w.courseSlug}/members/${(await learner(w)).id}`,
      body: { role: "learner" },
    }),
    expect: [401, 403, 403, 403, 200, 403, 200],
  },
  "DELETE /api/courses/[slug]/members/[userId]": {
    prepare: async (w) => ({ path: `/api/courses/${w.courseSlug}/members/${(await learner(w)).id}` }),
    expect: [401, 403, 403, 403, 204, 403, 204],
  },
  "GET /api/courses/[slug]/invites": {
    prepare: async (w) => ({ path: `/api/courses/${w.courseSlug}/invites` }),
    expect: [401, 403, 403, 403, 200, 403, 200],
  },
  "POST /api/courses/[slug]/invites": {
    prepare: async (w) => ({ path: `/api/courses/${w.courseSlug}/invites`, body: { role: "learner", maxUses: 5 } }),
    expect: [401, 403, 403, 403, 201, 403, 201],
  },
  "GET /api/invites/[code]": {
    prepare: async (w) => ({ path: `/api/invites/${(await invite(w)).code}` }),
    expect: [200, 200, 200, 200, 200, 200, 200],
  },
  // Accepting joins the course: a fresh course each time, so the world's roles stay as they are.
  "POST /api/invites/[code]": {
    prepare: async (w) => ({ path: `/api/invites/${(await invite(w, (await createCourse(w.db)).id)).code}` }),
    expect: [401, 200, 200, 200, 200, 200, 200],
  },
  "DELETE /api/invites/[code]": {
    prepare: async (w) => ({ path: `/api/invites/${(await invite(w)).code}` }),
    expect: [401, 403, 403, 403, 200, 403, 200],
  },
  "GET /api/courses/[slug]/blocked-words": {
    prepare: async (w) => ({ path: `/api/courses/${w.courseSlug}/blocked-words` }),
    expect: [401, 403, 403, 403, 200, 403, 200],
  },
  "PUT /api/courses/[slug]/blocked-words": {
    prepare: async (w) => ({ path: `/api/courses/${w.courseSlug}/blocked-words`, body: { words: ["spam"] } }),
    expect: [401, 403, 403, 403, 200, 403, 200],
  },
  "GET /api/courses/[slug]/essays": {
    prepare: async (w) => ({ path: `/api/courses/${w.courseSlug}/essays` }),
    expect: [401, 200, 200, 200, 200, 200, 200],
  },
  "POST /api/courses/[slug]/essays": {
    prepare: async (w) => ({ path: `/api/courses/${w.courseSlug}/essays`, body: { title: "T" } }),
    expect: [401, 403, 201, 201, 201, 403, 201],
  },
  "GET /api/articles/[id]": {
    prepare: async (w) => ({ path: `/api/articles/${w.lessonId}` }),
    expect: [200, 200, 200, 200, 200, 200, 200],
  },
  "PATCH /api/articles/[id]": {
    prepare: async (w) => ({ path: `/api/articles/${(await submittedEssay(w)).id}`, body: { action: "publish" } }),
    expect: [401, 404, 404, 403, 200, 404, 200],
  },
  "GET /api/articles/[id]/comments": {
    prepare: async (w) => ({ path: `/api/articles/${w.lessonId}/comments` }),
    expect: [200, 200, 200, 200, 200, 200, 200],
  },
  "POST /api/articles/[id]/comments": {
    prepare: async (w) => ({ path: `/api/articles/${w.lessonId}/comments`, body: { body: "hi" } }),
    expect: [401, 403, 201, 201, 201, 403, 201],
  },
  "GET /api/articles/[id]/similar": {
    prepare: async (w) => ({
      path: `/api/articles/${w.lessonId}/similar?q=${encodeURIComponent("一致性哈希用在哪里")}`,
    }),
    expect: [200, 200, 200, 200, 200, 200, 200],
  },
  "GET /api/comments/[id]": {
    prepare: async (w) => ({ path: `/api/comments/${(await comment(w, "PENDING")).id}` }),
    expect: [404, 404, 404, 200, 200, 404, 200],
  },
  "PATCH /api/comments/[id]": {
    prepare: async (w) => ({ path: `/api/comments/${(await comment(w, "PENDING")).id}`, body: { body: "edited" } }),
    expect: [401, 404, 404, 200, 403, 404, 403],
  },
  "DELETE /api/comments/[id]": {
    prepare: async (w) => ({ path: `/api/comments/${(await comment(w, "FEATURED")).id}` }),
    expect: [401, 403, 403, 204, 403, 403, 403],
  },
  "PUT /api/comments/[id]/like": {
    prepare: async (w) => ({ path: `/api/comments/${(await comment(w, "FEATURED")).id}/like` }),
    expect: [401, 403, 200, 200, 200, 403, 200],
  },
  "DELETE /api/comments/[id]/like": {
    prepare: async (w) => ({ path: `/api/comments/${(await comment(w, "FEATURED")).id}/like` }),
    expect: [401, 403, 200, 200, 200, 403, 200],
  },
  "GET /api/comments/[id]/replies": {
    prepare: async (w) => ({ path: `/api/comments/${(await comment(w, "FEATURED")).id}/replies` }),
    expect: [200, 200, 200, 200, 200, 200, 200],
  },
  "POST /api/comments/[id]/replies": {
    prepare: async (w) => ({
      path: `/api/comments/${(await comment(w, "FEATURED")).id}/replies`,
      body: { body: "a reply" },
    }),
    expect: [401, 403, 201, 201, 201, 403, 201],
  },
  "PATCH /api/comments/[id]/curation": {
    prepare: async (w) => ({
      path: `/api/comments/${(await comment(w, "PENDING")).id}/curation`,
      body: { status: "featured" },
    }),
    expect: [401, 404, 404, 403, 200, 404, 200],
  },
  "POST /api/reports": {
    prepare: async (w) => ({
      path: "/api/reports",
      body: { commentId: (await comment(w, "FEATURED")).id, reason: "spam" },
    }),
    expect: [401, 201, 201, 201, 201, 201, 201],
  },
  "PATCH /api/replies/[id]": {
    prepare: async (w) => ({ path: `/api/replies/${(await reply(w, "PENDING")).id}`, body: { body: "edited" } }),
    expect: [401, 404, 404, 200, 403, 404, 403],
  },
  "DELETE /api/replies/[id]": {
    prepare: async (w) => ({ path: `/api/replies/${(await reply(w, "PUBLISHED")).id}` }),
    expect: [401, 403, 403, 204, 403, 403, 403],
  },
  "PATCH /api/replies/[id]/curation": {
    prepare: async (w) => ({
      path: `/api/replies/${(await reply(w, "PENDING")).id}/curation`,
      body: { status: "published" },
    }),
    expect: [401, 404, 404, 403, 200, 404, 200],
  },
  "GET /api/notifications": {
    prepare: async () => ({ path: "/api/notifications" }),
    expect: [401, 200, 200, 200, 200, 200, 200],
  },
  "POST /api/notifications/read": {
    prepare: async () => ({ path: "/api/notifications/read", body: { all: true } }),
    expect: [401, 200, 200, 200, 200, 200, 200],
  },
  "GET /api/me/comments": {
    prepare: async () => ({ path: "/api/me/comments" }),
    expect: [401, 200, 200, 200, 200, 200, 200],
  },
  "GET /api/me/replies": {
    prepare: async () => ({ path: "/api/me/replies" }),
    expect: [401, 200, 200, 200, 200, 200, 200],
  },
  "GET /api/me/essays": {
    prepare: async () => ({ path: "/api/me/essays" }),
    expect: [401, 200, 200, 200, 200, 200, 200],
  },
  "GET /api/me": { prepare: async () => ({ path: "/api/me" }), expect: [401, 200, 200, 200, 200, 200, 200] },
  "PATCH /api/me": {
    prepare: async () => ({ path: "/api/me", body: { mail: { featured: true } } }),
    expect: [401, 200, 200, 200, 200, 200, 200],
  },
  // To the same password: the caller's session carries on with the fresh cookie it gets back.
  "POST /api/me/password": {
    prepare: async (w, role) => {
      const password = role === "visitor" ? "a password" : w.users[role].password;
      return { path: "/api/me/password", body: { currentPassword: password, newPassword: password } };
    },
    expect: [401, 204, 204, 204, 204, 204, 204],
  },
  "POST /api/me/sign-out-everywhere": {
    prepare: async () => ({ path: "/api/me/sign-out-everywhere" }),
    signsOut: true,
    expect: [401, 204, 204, 204, 204, 204, 204],
  },
  "POST /api/me/avatar": {
    prepare: async () => ({
      path: "/api/me/avatar",
      multipart: { file: { name: "me.png", mimeType: "image/png", buffer: await png() } },
    }),
    expect: [401, 200, 200, 200, 200, 200, 200],
  },
  "GET /api/studio/queue": {
    prepare: async () => ({ path: "/api/studio/queue" }),
    expect: [401, 403, 403, 403, 200, 200, 200],
  },
  "POST /api/studio/bulk": {
    prepare: async (w) => ({
      path: "/api/studio/bulk",
      body: { commentIds: [(await comment(w, "PENDING")).id], action: "feature" },
    }),
    expect: [401, 403, 403, 403, 200, 200, 200],
  },
  "POST /api/studio/seen": {
    prepare: async (w) => ({ path: "/api/studio/seen", body: { commentIds: [(await comment(w, "PENDING")).id] } }),
    // Another course's instructor is answered like anyone who curates: the comment is skipped unseen.
    expect: [401, 403, 403, 403, 204, 204, 204],
  },
  "GET /api/studio/clusters": {
    prepare: async (w) => ({ path: `/api/studio/clusters?courseId=${w.courseId}` }),
    expect: [401, 403, 403, 403, 200, 403, 200],
  },
  "POST /api/studio/clusters/answer": {
    prepare: async (w) => {
      const ids = [(await comment(w, "PENDING")).id, (await comment(w, "PENDING")).id];
      return {
        path: "/api/studio/clusters/answer",
        body: { commentIds: ids, featureId: ids[0], reply: { body: "Same answer." } },
      };
    },
    expect: [401, 403, 403, 403, 200, 403, 200],
  },
  "GET /api/studio/essays": {
    prepare: async () => ({ path: "/api/studio/essays?status=submitted" }),
    expect: [401, 403, 403, 403, 200, 200, 200],
  },
  "GET /api/studio/analytics": {
    prepare: async (w) => ({ path: `/api/studio/analytics?course=${w.courseSlug}` }),
    expect: [401, 403, 403, 403, 200, 403, 200],
  },
  "GET /api/studio/health": {
    prepare: async (w) => ({ path: `/api/studio/health?course=${w.courseSlug}` }),
    expect: [401, 403, 403, 403, 200, 403, 200],
  },
  "GET /api/studio/export": {
    prepare: async (w) => ({ path: `/api/studio/export?course=${w.courseSlug}&format=csv` }),
    expect: [401, 403, 403, 403, 200, 403, 200],
  },
  ...Object.fromEntries(
    ["GET", "POST", "PUT", "PATCH", "DELETE"].map((m) => [
      `${m} /api/[...path]`,
      { prepare: async () => ({ path: "/api/no/such/endpoint" }), expect: [404, 404, 404, 404, 404, 404, 404] },
    ]),
  ),
  "POST /api/uploads": {
    prepare: async () => ({
      path: "/api/uploads",
      multipart: { file: { name: "x.png", mimeType: "image/png", buffer: await png() } },
    }),
    expect: [401, 201, 201, 201, 201, 201, 201],
  },
  "GET /api/uploads/[id]": {
    prepare: async (w) => ({ path: `/api/uploads/${(await upload(w)).id}` }),
    expect: [200, 200, 200, 200, 200, 200, 200],
  },
  "POST /api/courses": {
    prepare: async () => ({
      path: "/api/courses",
      body: { slug: `c-${randomUUID()}`, title: "New course", summary: "", enrollment: "invite" },
    }),
    expect: [401, 403, 403, 403, 403, 403, 201],
  },
  "PATCH /api/courses/[slug]": {
    prepare: async (w) => ({ path: `/api/courses/${w.courseSlug}`, body: { summary: "A better summary." } }),
    expect: [401, 403, 403, 403, 200, 403, 200],
  },
  "GET /api/studio/courses/[slug]": {
    prepare: async (w) => ({ path: `/api/studio/courses/${w.courseSlug}` }),
    expect: [401, 403, 403, 403, 200, 403, 200],
  },
  "POST /api/courses/[slug]/chapters": {
    prepare: async (w) => ({ path: `/api/courses/${w.courseSlug}/chapters`, body: { title: "Chapter" } }),
    expect: [401, 403, 403, 403, 201, 403, 201],
  },
  "PATCH /api/chapters/[id]": {
    prepare: async (w) => ({ path: `/api/chapters/${(await chapter(w)).id}`, body: { title: "Renamed", position: 0 } }),
    expect: [401, 403, 403, 403, 200, 403, 200],
  },
  "DELETE /api/chapters/[id]": {
    prepare: async (w) => ({ path: `/api/chapters/${(await chapter(w)).id}` }),
    expect: [401, 403, 403, 403, 204, 403, 204],
  },
  "POST /api/courses/[slug]/lessons": {
    prepare: async (w) => ({ path: `/api/courses/${w.courseSlug}/lessons`, body: { title: "New lesson" } }),
    expect: [401, 403, 403, 403, 201, 403, 201],
  },
  "GET /api/studio/lessons/[id]": {
    prepare: async (w) => ({ path: `/api/studio/lessons/${(await lesson(w, "DRAFT")).id}` }),
    expect: [401, 404, 404, 404, 200, 404, 200],
  },
  "PATCH /api/studio/reports/[id]": {
    prepare: async (w) => ({ path: `/api/studio/reports/${(await openReport(w)).id}`, body: { action: "dismiss" } }),
    expect: [401, 404, 404, 404, 200, 404, 200],
  },
  "GET /api/admin/users": {
    prepare: async () => ({ path: "/api/admin/users?q=test" }),
    expect: [401, 403, 403, 403, 403, 403, 200],
  },
  "PATCH /api/admin/users/[id]": {
    prepare: async (w) => ({ path: `/api/admin/users/${(await createUser(w.db)).id}`, body: { suspended: true } }),
    expect: [401, 403, 403, 403, 403, 403, 200],
  },
  "GET /api/admin/audit": {
    prepare: async () => ({ path: "/api/admin/audit?action=user.suspend" }),
    expect: [401, 403, 403, 403, 403, 403, 200],
  },
  // Issue 17: an article's FAQ and a chapter's recap.
  "GET /api/articles/[id]/faq": {
    prepare: async (w) => ({ path: `/api/articles/${w.lessonId}/faq` }),
    expect: [200, 200, 200, 200, 200, 200, 200],
  },
  "GET /api/courses/[slug]/chapters/[id]/recap": {
    prepare: async (w) => ({ path: `/api/courses/${w.courseSlug}/chapters/${(await chapter(w)).id}/recap` }),
    expect: [200, 200, 200, 200, 200, 200, 200],
  },
};
// More cells for routes whose answer depends on what the path names (a lesson, not a reflection).
const MORE: Record<string, Row> = {
  "PATCH /api/replies/[id]/curation · hide a public reply": {
    prepare: async (w) => ({
      path: `/api/replies/${(await reply(w, "PUBLISHED")).id}/curation`,
      body: { status: "hidden" },
    }),
    expect: [401, 403, 403, 403, 200, 403, 200],
  },
  "PATCH /api/replies/[id] · an instructor's author reply": {
    prepare: async (w) => ({
      path: `/api/replies/${(await reply(w, "PUBLISHED", "instructor")).id}`,
      body: { body: "fixed" },
    }),
    expect: [401, 403, 403, 403, 200, 403, 403],
  },
  "GET /api/articles/[id]/similar · a draft lesson": {
    prepare: async (w) => ({ path: `/api/articles/${(await lesson(w, "DRAFT")).id}/similar?q=hello%20world` }),
    expect: [404, 404, 404, 404, 200, 404, 200],
  },
  "GET /api/studio/lessons/[id] · a live lesson": {
    prepare: async (w) => ({ path: `/api/studio/lessons/${(await lesson(w, "PUBLISHED")).id}` }),
    expect: [401, 403, 403, 403, 200, 403, 200],
  },
  "PATCH /api/articles/[id] · a live lesson's text": {
    prepare: async (w) => ({
      path: `/api/articles/${(await lesson(w, "PUBLISHED")).id}`,
      body: { version: 1, title: "Edited" },
    }),
    expect: [401, 403, 403, 403, 200, 403, 200],
  },
  "PATCH /api/articles/[id] · publish a draft lesson": {
    prepare: async (w) => ({ path: `/api/articles/${(await lesson(w, "DRAFT")).id}`, body: { action: "publish" } }),
    expect: [401, 404, 404, 404, 200, 404, 200],
  },
  "PATCH /api/articles/[id] · move a live lesson": {
    prepare: async (w) => ({
      path: `/api/articles/${(await lesson(w, "PUBLISHED")).id}`,
      body: { chapterId: (await chapter(w)).id, position: 0 },
    }),
    expect: [401, 403, 403, 403, 200, 403, 200],
  },
  // Issue 17: the FAQ of a draft, a recap as Markdown, and FAQ marks on what cannot be one.
  "GET /api/articles/[id]/faq · a draft lesson": {
    prepare: async (w) => ({ path: `/api/articles/${(await lesson(w, "DRAFT")).id}/faq` }),
    expect: [404, 404, 404, 404, 200, 404, 200],
  },
  "GET /api/courses/[slug]/chapters/[id]/recap · as Markdown": {
    prepare: async (w) => ({
      path: `/api/courses/${w.courseSlug}/chapters/${(await chapter(w)).id}/recap?format=markdown`,
    }),
    expect: [200, 200, 200, 200, 200, 200, 200],
  },
  "GET /api/courses/[slug]/chapters/[id]/recap · another course's chapter": {
    prepare: async (w) => {
      const other = await createCourse(w.db);
      const elsewhere = await w.db.chapter.create({ data: { courseId: other.id, title: "Elsewhere" } });
      return { path: `/api/courses/${w.courseSlug}/chapters/${elsewhere.id}/recap` };
    },
    expect: [404, 404, 404, 404, 404, 404, 404],
  },
  "PATCH /api/comments/[id]/curation · FAQ without an author reply": {
    prepare: async (w) => ({
      path: `/api/comments/${(await comment(w, "FEATURED")).id}/curation`,
      body: { faq: true, reason: "Worth reading" },
    }),
    expect: [401, 403, 403, 403, 409, 403, 409],
  },
};

// next-auth's own endpoints (csrf, session, callback) are covered by e2e/auth.spec.ts; the
// live-event streams never end (a fetch here would wait for their end): who may open them
// is covered by e2e/live.spec.ts and e2e/studio-live.spec.ts.
const NOT_IN_TABLE = new Set([
  "GET /api/auth/[...nextauth]",
  "POST /api/auth/[...nextauth]",
  "GET /api/articles/[id]/events",
  "GET /api/studio/events",
]);

function discoverRoutes(dir = "app/api"): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return discoverRoutes(full);
    if (entry.name !== "route.ts") return [];
    const url = "/" + path.dirname(full).replace(/^app\//, "");
    const methods = [
      ...readFileSync(full, "utf8").matchAll(/export (?:const|async function) (GET|POST|PUT|PATCH|DELETE)\b/g),
    ].map((m) => m[1]);
    return methods.map((m) => `${m} ${url}`);
  });
}

test("every route handler has a row in the table", () => {
  const routes = discoverRoutes()
    .filter((r) => !NOT_IN_TABLE.has(r))
    .sort();
  expect(routes).toEqual(Object.keys(TABLE).sort());
});

test.describe("route × role", () => {
  let world: World;
  let clients = {} as Record<RoleName, APIRequestContext>;

  test.beforeAll(async ({ baseURL, workerDb }) => {
    const { db, course, article, users } = await createWorld(workerDb);
    world = { db, courseId: course.id, courseSlug: course.slug, lessonId: article.id, users };
    clients = await roleClients(baseURL!, users, "198.18.0.");
  });
  test.afterAll(async () => {
    await Promise.all(Object.values(clients).map((c) => c.dispose()));
  });

  for (const [route, row] of [...Object.entries(TABLE), ...Object.entries(MORE)]) {
    test(route, async () => {
      const method = route.split(" ")[0]!;
      const got: Record<string, number> = {};
      const want: Record<string, number> = {};
      for (const [i, role] of ROLES.entries()) {
        const { path: url, body, multipart } = await row.prepare(world, role);
        const res = await clients[role].fetch(url, {
          method,
          ...(body !== undefined && { data: body }),
          ...(multipart && { multipart }),
        });
        got[role] = res.status();
        want[role] = row.expect[i]!;
        if (row.signsOut && role !== "visitor") {
          await signIn(clients[role], world.users[role].email, world.users[role].password);
        }
        if (res.status() >= 400) expect((await res.json()).error.code, `${role}: ${route}`).toEqual(expect.any(String));
      }
      expect(got).toEqual(want);
    });
  }
});
