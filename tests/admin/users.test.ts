import { changeUser, listUsers, updateUser } from "@/lib/admin/users";
import { ListUsersQuerySchema } from "@/lib/admin/users-schema";
import { AppError } from "@/lib/errors";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMember, connect, createCourse, createUser } from "../../prisma/factories";
import { asCurrent, createWorld, type World } from "../../prisma/world";
import { walkPages } from "../support/paging";

// Issue 14: the admin area's people: search, keyset pages, suspension and the admin role,
// with the protections (nobody suspends themselves; one admin always stays).

const db = connect(process.env.DATABASE_URL!);
let w: World;
beforeAll(async () => {
  w = await createWorld(db);
});
afterAll(() => db.$disconnect());

const query = (q: Record<string, unknown> = {}) => ListUsersQuerySchema.parse(q);
const newAdmin = async () => asCurrent(await createUser(db, { role: "ADMIN" }), "ADMIN");
const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e: unknown) => (e instanceof AppError ? e.code : e),
  );

describe("the people list", () => {
  it("pages through everyone matching, newest first, none repeated or skipped, ties by id", async () => {
    const tag = `pager-${randomUUID().slice(0, 8)}`;
    const people = await Promise.all(Array.from({ length: 23 }, (_, i) => createUser(db, { name: `${tag} ${i}` })));
    const at = new Date(Date.UTC(2026, 0, 1));
    for (const [i, p] of people.entries()) {
      await db.user.update({ where: { id: p.id }, data: { createdAt: new Date(+at + (i % 4)) } });
    }
    const expected = (
      await db.user.findMany({ where: { name: { startsWith: tag } }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] })
    ).map((u) => u.id);
    const { ids, pages } = await walkPages(
      (cursor) => listUsers(w.users.admin, query({ q: tag, limit: 5, cursor })),
      5,
    );
    expect(ids).toEqual(expected);
    expect(pages).toBe(5);
  });

  it("finds people by name or e-mail, case-insensitively, with their role, courses and state", async () => {
    const tag = randomUUID().slice(0, 8);
    const ana = await createUser(db, { name: `Ana ${tag}`, email: `ana-${tag}@school.example` });
    const bo = await createUser(db, { name: "Bo 王", email: `bo-${tag}@example.org` });
    const course = await createCourse(db);
    await addMember(db, course.id, ana.id, "INSTRUCTOR");
    const [found] = (await listUsers(w.users.admin, query({ q: `ANA ${tag.toUpperCase()}` }))).items;
    expect(found).toMatchObject({
      id: ana.id,
      email: ana.email,
      role: "user",
      suspended: false,
      suspendedAt: null,
      courses: [{ slug: course.slug, title: course.title, role: "instructor" }],
    });
    expect((await listUsers(w.users.admin, query({ q: `BO-${tag}` }))).items.map((u) => u.id)).toEqual([bo.id]);
    expect((await listUsers(w.users.admin, query({ q: `nobody-${tag}` }))).items).toEqual([]);
  });

  it("is for admins only", async () => {
    expect(await codeOf(listUsers(w.users.instructor, query()))).toBe("forbidden");
    expect(await codeOf(updateUser(w.users.member, w.users.outsider.id, { suspended: true }))).toBe("forbidden");
  });
});

describe("suspension and the admin role", () => {
  it("suspends (ending every session) and unsuspends, auditing each change outside any course", async () => {
    const admin = await newAdmin();
    const person = await createUser(db);
    const before = await db.user.findUniqueOrThrow({ where: { id: person.id } });
    const suspended = await updateUser(admin, person.id, { suspended: true });
    expect(suspended).toMatchObject({ suspended: true });
    const row = await db.user.findUniqueOrThrow({ where: { id: person.id } });
    expect(row.sessionVersion).toBe(before.sessionVersion + 1);
    expect(row.suspendedAt).not.toBeNull();
    expect(await updateUser(admin, person.id, { suspended: true })).toMatchObject({ suspended: true }); // no change
    expect(await updateUser(admin, person.id, { suspended: false })).toMatchObject({
      suspended: false,
      suspendedAt: null,
    });
    const events = await db.auditEvent.findMany({ where: { targetId: person.id }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => [e.action, e.courseId, e.actorId, e.targetType])).toEqual([
      ["user.suspend", null, admin.id, "user"],
      ["user.unsuspend", null, admin.id, "user"],
    ]);
  });

  it("makes and unmakes admins, audited", async () => {
    const admin = await newAdmin();
    const person = await createUser(db);
    expect(await updateUser(admin, person.id, { role: "admin" })).toMatchObject({ role: "admin" });
    expect(await updateUser(admin, person.id, { role: "user" })).toMatchObject({ role: "user" });
    const events = await db.auditEvent.findMany({ where: { targetId: person.id }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => [e.action, e.before, e.after])).toEqual([
      ["user.role", { role: "user" }, { role: "admin" }],
      ["user.role", { role: "admin" }, { role: "user" }],
    ]);
  });

  it("refuses an admin suspending themselves (409), and an unknown person (404)", async () => {
    const admin = await newAdmin();
    expect(await codeOf(updateUser(admin, admin.id, { suspended: true }))).toBe("conflict");
    expect(await codeOf(updateUser(admin, "nobody-at-all", { suspended: true }))).toBe("not_found");
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).suspendedAt).toBeNull();
  });

  it("keeps the last admin who is not suspended: neither unmade nor suspended (409)", async () => {
    const last = await newAdmin();
    const suspendedAdmin = await newAdmin();
    await db.user.update({ where: { id: suspendedAdmin.id }, data: { suspendedAt: new Date() } });
    // In one transaction that is rolled back, every other admin is suspended: other test files
    // share this database, and a snapshot keeps admins they create meanwhile out of view.
    const attempt = (input: { role?: "user"; suspended?: boolean }) =>
      db.$transaction(
        async (tx) => {
          await tx.user.updateMany({
            where: { role: "ADMIN", suspendedAt: null, id: { not: last.id } },
            data: { suspendedAt: new Date() },
          });
          await changeUser(tx, suspendedAdmin, last.id, input);
          throw new Error("rolled back");
        },
        { isolationLevel: "RepeatableRead" },
      );
    expect(await codeOf(attempt({ role: "user" }))).toBe("conflict");
    expect(await codeOf(attempt({ suspended: true }))).toBe("conflict");
    // With another admin active, the same change goes through.
    expect(await updateUser(w.users.admin, last.id, { role: "user" })).toMatchObject({ role: "user" });
  });

  it("lets one of two admins go when both try to remove each other at once", async () => {
    const [a, b] = [await newAdmin(), await newAdmin()];
    const results = await Promise.all([
      codeOf(updateUser(a, b.id, { role: "user" })),
      codeOf(updateUser(b, a.id, { role: "user" })),
    ]);
    // Other admins exist in this shared database, so both go through; neither deadlocks.
    expect(results).toEqual(["ok", "ok"]);
  });
});
