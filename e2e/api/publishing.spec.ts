import { randomBytes } from "node:crypto";
import { addMember, createCourse, createUser } from "../../prisma/factories";
import { expect, signIn, test } from "../fixtures";

// The publishing routes over HTTP: what lib tests cannot see (body limits, status codes,
// error bodies) for an admin and an instructor.

test("opening a course: 400 names the bad field, 409 a taken slug, 201 the settings", async ({ request, db }) => {
  const admin = await createUser(db, { role: "ADMIN" });
  await signIn(request, admin.email, admin.password);
  const slug = `api-${randomBytes(4).toString("hex")}`;
  const open = (data: object) => request.post("/api/courses", { data });
  const bad = await open({ slug: "Bad Slug", title: "T", summary: "", enrollment: "invite" });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.issues.map((i: { path: string[] }) => i.path[0])).toEqual(["slug"]);
  const created = await open({ slug, title: "T", summary: "S", enrollment: "invite", trialLessons: 2 });
  expect(created.status()).toBe(201);
  expect(await created.json()).toEqual({
    id: expect.any(String),
    slug,
    title: "T",
    summary: "S",
    coverUrl: null,
    enrollment: "invite",
    trialLessons: 2,
    archived: false,
    repliesNeedCuration: true, // learners' replies wait for curation unless the course says otherwise
  });
  expect((await open({ slug, title: "Again", summary: "", enrollment: "open" })).status()).toBe(409);
});

test("a lesson: full-length saves fit, longer bodies 413, stale versions 409", async ({ request, db }) => {
  const course = await createCourse(db);
  const instructor = await createUser(db);
  await addMember(db, course.id, instructor.id, "INSTRUCTOR");
  await signIn(request, instructor.email, instructor.password);
  const full = "课".repeat(100_000); // 300 KB of UTF-8, past the default 64 KB request limit
  const created = await request.post(`/api/courses/${course.slug}/lessons`, { data: { title: "Long", body: full } });
  expect(created.status()).toBe(201);
  const lesson = (await created.json()) as { id: string; version: number; state: string };
  expect(lesson.state).toBe("draft");
  const patch = (data: object) => request.patch(`/api/articles/${lesson.id}`, { data });
  const saved = await patch({ version: lesson.version, body: `${full.slice(1)}!` });
  expect(saved.status()).toBe(200);
  expect((await saved.json()).version).toBe(lesson.version + 1);
  const tooLong = await patch({ version: lesson.version + 1, body: "a".repeat(100_001) });
  expect(tooLong.status()).toBe(413);
  expect((await tooLong.json()).error.code).toBe("payload_too_large");
  const stale = await patch({ version: lesson.version, title: "Overwrite" });
  expect(stale.status()).toBe(409);
  const studio = await (await request.get(`/api/studio/lessons/${lesson.id}`)).json();
  expect(studio).toMatchObject({ title: "Long", version: lesson.version + 1 });
  expect(studio.body).toHaveLength(100_000);
});
