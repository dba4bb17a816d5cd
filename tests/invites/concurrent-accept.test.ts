import { acceptInvite, previewInvite } from "@/lib/invites/accept";
import { createInvite, revokeInvite } from "@/lib/invites/manage";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMember, connect, createCourse, createUser } from "../../prisma/factories";
import { asCurrent, createWorld, type World } from "../../prisma/world";

// Issue 13: invites never admit more people than maxUses, however many accept at once;
// spent invites answer 410 and say why; a member already in the course spends no use.

const db = connect(process.env.DATABASE_URL!);
const ORIGIN = "https://jingxuan.example";
let w: World;
beforeAll(async () => {
  w = await createWorld(db);
});
afterAll(() => db.$disconnect());

const newUsers = (n: number) => Promise.all(Array.from({ length: n }, async () => asCurrent(await createUser(db))));
const mint = (input: { maxUses?: number; role?: "learner" | "instructor" } = {}) =>
  createInvite(w.users.instructor, w.course.slug, { role: input.role ?? "learner", maxUses: input.maxUses }, ORIGIN);
const uses = async (code: string) => (await db.invite.findUniqueOrThrow({ where: { code } })).uses;
const isMember = async (userId: string) =>
  (await db.courseMember.count({ where: { courseId: w.course.id, userId } })) === 1;

describe("accepting an invite", () => {
  it("admits exactly maxUses of 20 people accepting at once; the other 17 get 410 used up", async () => {
    const invite = await mint({ maxUses: 3 });
    expect(invite.code).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(invite.url).toBe(`${ORIGIN}/invite/${invite.code}`);
    const people = await newUsers(20);
    const results = await Promise.allSettled(people.map((u) => acceptInvite(u, invite.code)));
    const joined = results.filter((r) => r.status === "fulfilled");
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(joined).toHaveLength(3);
    expect(refused).toHaveLength(17);
    for (const r of refused) {
      expect(r.reason).toMatchObject({ code: "gone", message: expect.stringMatching(/used up/) });
    }
    expect(await uses(invite.code)).toBe(3);
    const members = await db.courseMember.count({
      where: { courseId: w.course.id, userId: { in: people.map((p) => p.id) } },
    });
    expect(members).toBe(3);
    expect((await previewInvite(null, invite.code)).state).toBe("used_up");
  });

  it("answers 410 for an expired invite and adds nobody", async () => {
    const invite = await mint();
    await db.invite.update({ where: { code: invite.code }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const [u] = await newUsers(1);
    await expect(acceptInvite(u!, invite.code)).rejects.toMatchObject({ code: "gone", message: /expired/ });
    expect(await isMember(u!.id)).toBe(false);
    expect(await uses(invite.code)).toBe(0);
  });

  it("answers 410 for a revoked invite and adds nobody", async () => {
    const invite = await mint();
    await revokeInvite(w.users.instructor, invite.code, ORIGIN);
    const [u] = await newUsers(1);
    await expect(acceptInvite(u!, invite.code)).rejects.toMatchObject({ code: "gone", message: /revoked/ });
    expect(await isMember(u!.id)).toBe(false);
    expect((await previewInvite(u!, invite.code)).state).toBe("revoked");
  });

  it("lets a member through without spending a use, even on a spent invite", async () => {
    const invite = await mint({ maxUses: 1 });
    expect(await acceptInvite(w.users.member, invite.code)).toEqual({
      course: { slug: w.course.slug },
      role: "learner",
    });
    expect(await uses(invite.code)).toBe(0);
    const [u] = await newUsers(1);
    await acceptInvite(u!, invite.code);
    expect(await uses(invite.code)).toBe(1);
    // Accepting again after the invite is used up: still a member, still 200.
    expect((await acceptInvite(u!, invite.code)).role).toBe("learner");
    expect(await uses(invite.code)).toBe(1);
  });

  it("spends one use for one person clicking twice at once", async () => {
    const invite = await mint({ maxUses: 5 });
    const [u] = await newUsers(1);
    await Promise.all([acceptInvite(u!, invite.code), acceptInvite(u!, invite.code)]);
    expect(await uses(invite.code)).toBe(1);
  });

  it("an instructor invite promotes a learner, and a learner invite never demotes an instructor", async () => {
    const course = await createCourse(db);
    const [learner, teacher] = await newUsers(2);
    await addMember(db, course.id, learner!.id);
    await addMember(db, course.id, teacher!.id, "INSTRUCTOR");
    const admin = w.users.admin;
    const forInstructor = await createInvite(admin, course.slug, { role: "instructor" }, ORIGIN);
    expect((await acceptInvite(learner!, forInstructor.code)).role).toBe("instructor");
    const forLearner = await createInvite(admin, course.slug, { role: "learner" }, ORIGIN);
    expect((await acceptInvite(teacher!, forLearner.code)).role).toBe("instructor");
    expect(await uses(forLearner.code)).toBe(0);
  });

  it("404s an unknown code", async () => {
    await expect(acceptInvite(w.users.outsider, "AAAAAAAAAAAAAAAAAAAAAA")).rejects.toMatchObject({ code: "not_found" });
    await expect(previewInvite(null, "AAAAAAAAAAAAAAAAAAAAAA")).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("minting and revoking invites", () => {
  it("instructors mint learner invites; only admins mint or revoke instructor invites", async () => {
    await expect(mint({ role: "instructor" })).rejects.toMatchObject({ code: "forbidden" });
    const byAdmin = await createInvite(w.users.admin, w.course.slug, { role: "instructor" }, ORIGIN);
    await expect(revokeInvite(w.users.instructor, byAdmin.code, ORIGIN)).rejects.toMatchObject({ code: "forbidden" });
    expect((await revokeInvite(w.users.admin, byAdmin.code, ORIGIN)).state).toBe("revoked");
  });

  it("refuses everyone outside the course's curators", async () => {
    for (const who of [w.users.member, w.users.outsider, w.users.otherInstructor]) {
      await expect(createInvite(who, w.course.slug, { role: "learner" }, ORIGIN)).rejects.toMatchObject({
        code: "forbidden",
      });
    }
    const invite = await mint();
    await expect(revokeInvite(w.users.otherInstructor, invite.code, ORIGIN)).rejects.toMatchObject({
      code: "forbidden",
    });
  });
});
