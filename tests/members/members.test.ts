import { ListMembersQuerySchema } from "@/lib/courses/member-schema";
import { listMembers, removeMember, setMemberRole } from "@/lib/courses/members";
import { joinCourse } from "@/lib/courses/queries";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMember, connect, createCourse, createUser } from "../../prisma/factories";
import { asCurrent, createWorld, type World } from "../../prisma/world";
import { walkPages } from "../support/paging";

// Issue 13: the studio's members list (search, role filter, keyset pages) and who may change
// which role: instructors manage learners, only admins make, change or remove instructors.

const db = connect(process.env.DATABASE_URL!);
let w: World;
beforeAll(async () => {
  w = await createWorld(db);
});
afterAll(() => db.$disconnect());

const query = (q: Record<string, unknown> = {}) => ListMembersQuerySchema.parse(q);
const roleOf = async (courseId: string, userId: string) =>
  (await db.courseMember.findUnique({ where: { courseId_userId: { courseId, userId } } }))?.role ?? null;

describe("the members list", () => {
  it("pages through every member newest first, none repeated or skipped, ties broken by id", async () => {
    const course = await createCourse(db);
    const joinedAt = new Date(Date.UTC(2026, 10, 1));
    const people = await Promise.all(Array.from({ length: 23 }, () => createUser(db)));
    await db.courseMember.createMany({
      data: people.map((p, i) => ({ courseId: course.id, userId: p.id, joinedAt: new Date(+joinedAt + (i % 5)) })),
    });
    const expected = (
      await db.courseMember.findMany({
        where: { courseId: course.id },
        orderBy: [{ joinedAt: "desc" }, { userId: "desc" }],
      })
    ).map((m) => m.userId);
    const read = async (cursor?: string) => {
      const page = await listMembers(w.users.admin, course.slug, query({ limit: 5, cursor }));
      return { ...page, items: page.items.map((m) => ({ id: m.user.id })) };
    };
    const { ids, pages } = await walkPages(read, 5);
    expect(ids).toEqual(expected);
    expect(pages).toBe(5);
  });

  it("finds members by name or email, case-insensitively, and filters by role", async () => {
    const course = await createCourse(db);
    const ana = await createUser(db, { name: "Ana Lima", email: `ana-${Date.now()}@school.example` });
    const bo = await createUser(db, { name: "Bo Chen", email: `bo-${Date.now()}@ANAlytics.example` });
    const cy = await createUser(db, { name: "Cy 王" });
    await addMember(db, course.id, ana.id);
    await addMember(db, course.id, bo.id, "INSTRUCTOR");
    await addMember(db, course.id, cy.id);
    const names = async (q: Record<string, unknown>) =>
      (await listMembers(w.users.admin, course.slug, query(q))).items.map((m) => m.user.name).sort();
    expect(await names({ q: "ANA" })).toEqual(["Ana Lima", "Bo Chen"]);
    expect(await names({ q: "王" })).toEqual(["Cy 王"]);
    expect(await names({ role: "instructor" })).toEqual(["Bo Chen"]);
    expect(await names({ q: "ana", role: "learner" })).toEqual(["Ana Lima"]);
    expect(await names({ q: "nobody" })).toEqual([]);
    const [first] = (await listMembers(w.users.admin, course.slug, query({ q: "Ana Lima" }))).items;
    expect(first).toEqual({
      user: { id: ana.id, name: "Ana Lima", email: ana.email, avatarUrl: null },
      role: "learner",
      joinedAt: expect.any(String),
    });
  });

  it("is the course's curators' only", async () => {
    expect((await listMembers(w.users.instructor, w.course.slug, query())).items.length).toBeGreaterThan(0);
    for (const who of [w.users.member, w.users.outsider, w.users.otherInstructor]) {
      await expect(listMembers(who, w.course.slug, query())).rejects.toMatchObject({ code: "forbidden" });
    }
    await expect(listMembers(w.users.admin, "no-such-course", query())).rejects.toMatchObject({ code: "not_found" });
  });

  it("refuses a cursor it did not make", async () => {
    await expect(listMembers(w.users.admin, w.course.slug, query({ cursor: "nonsense" }))).rejects.toMatchObject({
      code: "bad_request",
    });
  });
});

describe("changing roles and removing members", () => {
  it("lets an instructor remove a learner, with an audit event", async () => {
    const course = await createCourse(db);
    const teacher = asCurrent(await createUser(db));
    const learner = await createUser(db);
    await addMember(db, course.id, teacher.id, "INSTRUCTOR");
    await addMember(db, course.id, learner.id);
    await removeMember(teacher, course.slug, learner.id);
    expect(await roleOf(course.id, learner.id)).toBeNull();
    const audit = await db.auditEvent.findFirstOrThrow({ where: { courseId: course.id, action: "member.remove" } });
    expect(audit).toMatchObject({ actorId: teacher.id, targetId: learner.id, before: { role: "learner" } });
    await expect(removeMember(teacher, course.slug, learner.id)).rejects.toMatchObject({ code: "not_found" });
  });

  it("refuses an instructor who would make, change or remove an instructor", async () => {
    const course = await createCourse(db);
    const [teacher, colleague, learner] = await Promise.all([createUser(db), createUser(db), createUser(db)]);
    await addMember(db, course.id, teacher.id, "INSTRUCTOR");
    await addMember(db, course.id, colleague.id, "INSTRUCTOR");
    await addMember(db, course.id, learner.id);
    const me = asCurrent(teacher);
    await expect(setMemberRole(me, course.slug, learner.id, "instructor")).rejects.toMatchObject({ code: "forbidden" });
    await expect(setMemberRole(me, course.slug, colleague.id, "learner")).rejects.toMatchObject({ code: "forbidden" });
    await expect(removeMember(me, course.slug, colleague.id)).rejects.toMatchObject({ code: "forbidden" });
    await expect(removeMember(me, course.slug, teacher.id)).rejects.toMatchObject({ code: "forbidden" });
    expect(await roleOf(course.id, learner.id)).toBe("LEARNER");
    expect(await roleOf(course.id, colleague.id)).toBe("INSTRUCTOR");
  });

  it("lets an admin promote, demote and remove instructors, down to none (admins run every course)", async () => {
    const course = await createCourse(db);
    const learner = await createUser(db);
    await addMember(db, course.id, learner.id);
    const promoted = await setMemberRole(w.users.admin, course.slug, learner.id, "instructor");
    expect(promoted.role).toBe("instructor");
    expect(await roleOf(course.id, learner.id)).toBe("INSTRUCTOR");
    const audit = await db.auditEvent.findFirstOrThrow({ where: { courseId: course.id, action: "member.role" } });
    expect(audit).toMatchObject({ before: { role: "learner" }, after: { role: "instructor" } });
    await removeMember(w.users.admin, course.slug, learner.id);
    expect(await db.courseMember.count({ where: { courseId: course.id } })).toBe(0);
  });

  it("keeps an instructor of another course out", async () => {
    await expect(
      setMemberRole(w.users.otherInstructor, w.course.slug, w.users.member.id, "learner"),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(removeMember(w.users.otherInstructor, w.course.slug, w.users.member.id)).rejects.toMatchObject({
      code: "forbidden",
    });
    expect(await roleOf(w.course.id, w.users.member.id)).toBe("LEARNER");
  });

  it("404s a user who is not a member", async () => {
    await expect(setMemberRole(w.users.admin, w.course.slug, w.users.outsider.id, "learner")).rejects.toMatchObject({
      code: "not_found",
    });
  });
});

describe("joining", () => {
  it("joins an open course, and refuses an invite-only one with 403", async () => {
    const open = await createCourse(db);
    const closed = await db.course.update({
      where: { id: (await createCourse(db)).id },
      data: { enrollment: "INVITE" },
    });
    const me = asCurrent(await createUser(db));
    expect((await joinCourse(me, open.slug)).role).toBe("learner");
    await expect(joinCourse(me, closed.slug)).rejects.toMatchObject({ code: "forbidden", message: /invite-only/ });
    expect(await roleOf(closed.id, me.id)).toBeNull();
  });

  it("never demotes an instructor who joins again", async () => {
    const course = await createCourse(db);
    const teacher = asCurrent(await createUser(db));
    await addMember(db, course.id, teacher.id, "INSTRUCTOR");
    expect((await joinCourse(teacher, course.slug)).role).toBe("instructor");
    expect(await roleOf(course.id, teacher.id)).toBe("INSTRUCTOR");
  });
});
