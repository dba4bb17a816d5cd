import { listAuditEvents } from "@/lib/admin/audit-log";
import { ListAuditQuerySchema } from "@/lib/admin/audit-schema";
import { updateUser } from "@/lib/admin/users";
import { AppError } from "@/lib/errors";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect, createCourse, createUser } from "../../prisma/factories";
import { asCurrent, createWorld, type World } from "../../prisma/world";
import { walkPages } from "../support/paging";

// Issue 14: the audit log admins read: filters by actor (id, name or e-mail), course and
// action, keyset pages, and events outside any course (courseId null).

const db = connect(process.env.DATABASE_URL!);
let w: World;
beforeAll(async () => {
  w = await createWorld(db);
});
afterAll(() => db.$disconnect());

const query = (q: Record<string, unknown> = {}) => ListAuditQuerySchema.parse(q);

/** An admin of their own, so their events are the only ones an actor filter finds. */
const freshAdmin = async () => {
  const tag = randomUUID().slice(0, 8);
  return asCurrent(
    await createUser(db, { role: "ADMIN", name: `Auditor ${tag}`, email: `auditor-${tag}@example.org` }),
    "ADMIN",
  );
};

describe("the audit log", () => {
  it("filters by actor (id, part of the name or e-mail), course and action", async () => {
    const actor = await freshAdmin();
    const person = await createUser(db);
    const course = await createCourse(db);
    await updateUser(actor, person.id, { suspended: true });
    await updateUser(actor, person.id, { suspended: false });
    await db.auditEvent.create({
      data: {
        courseId: course.id,
        actorId: actor.id,
        action: "course.update",
        targetType: "course",
        targetId: course.id,
      },
    });
    const actions = async (q: Record<string, unknown>) =>
      (await listAuditEvents(w.users.admin, query(q))).items.map((e) => e.action);
    expect(await actions({ actor: actor.id })).toEqual(["course.update", "user.unsuspend", "user.suspend"]);
    expect(await actions({ actor: actor.email.toUpperCase() })).toHaveLength(3);
    expect(await actions({ actor: actor.name.slice(-8) })).toHaveLength(3);
    expect(await actions({ actor: actor.id, action: "user.suspend" })).toEqual(["user.suspend"]);
    expect(await actions({ course: course.slug })).toEqual(["course.update"]);
    expect(await actions({ actor: actor.id, course: course.slug, action: "user.suspend" })).toEqual([]);
    expect(await actions({ course: "no-such-course" })).toEqual([]);

    const [unsuspend] = (await listAuditEvents(w.users.admin, query({ actor: actor.id, action: "user.unsuspend" })))
      .items;
    expect(unsuspend).toMatchObject({
      course: null,
      actor: { id: actor.id, email: actor.email },
      target: { type: "user", id: person.id, label: `${person.name} <${person.email}>` },
      before: { suspended: true },
      after: { suspended: false },
    });
  });

  it("pages newest first, none repeated or skipped, ties by id", async () => {
    const actor = await freshAdmin();
    const at = new Date(Date.UTC(2026, 0, 1));
    await db.auditEvent.createMany({
      data: Array.from({ length: 17 }, (_, i) => ({
        actorId: actor.id,
        action: "user.role",
        targetType: "user",
        targetId: actor.id,
        createdAt: new Date(+at + (i % 3)),
      })),
    });
    const expected = (
      await db.auditEvent.findMany({ where: { actorId: actor.id }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] })
    ).map((e) => e.id);
    const { ids, pages } = await walkPages(
      (cursor) => listAuditEvents(w.users.admin, query({ actor: actor.id, limit: 4, cursor })),
      4,
    );
    expect(ids).toEqual(expected);
    expect(pages).toBe(5);
  });

  it("is for admins only, and refuses actions it does not know and broken cursors", async () => {
    await expect(listAuditEvents(w.users.instructor, query())).rejects.toMatchObject({ code: "forbidden" });
    expect(() => query({ action: "user.explode" })).toThrow();
    await expect(listAuditEvents(w.users.admin, query({ cursor: "nonsense" }))).rejects.toBeInstanceOf(AppError);
  });
});
