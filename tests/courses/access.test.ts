import { getCourseAccess, requireCuration } from "@/lib/courses/access";
import { afterAll, describe, expect, it } from "vitest";
import { addMember, connect, createCourse, createUser } from "../../prisma/factories";
import { asCurrent } from "../../prisma/world";

const db = connect(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

describe("per-course roles, read from the database", () => {
  it("an instructor of one course has no power over another", async () => {
    const [courseA, courseB] = [await createCourse(db), await createCourse(db)];
    const teacher = await createUser(db);
    await addMember(db, courseA.id, teacher.id, "INSTRUCTOR");
    const me = asCurrent(teacher);

    expect((await getCourseAccess(me, courseA.id)).canCurate).toBe(true);
    const other = await getCourseAccess(me, courseB.id);
    expect(other).toMatchObject({ role: "outsider", canCurate: false, canParticipate: false });
    await expect(requireCuration(me, courseB.id)).rejects.toMatchObject({ code: "forbidden" });
    await expect(requireCuration(null, courseB.id)).rejects.toMatchObject({ code: "unauthorized" });
  });

  it("a learner of a course may participate but not curate; an admin may do both anywhere", async () => {
    const course = await createCourse(db);
    const learner = await createUser(db);
    await addMember(db, course.id, learner.id, "LEARNER");
    expect(await getCourseAccess(asCurrent(learner), course.id)).toMatchObject({
      canParticipate: true,
      canCurate: false,
    });
    const admin = await createUser(db, { role: "ADMIN" });
    expect(await getCourseAccess(asCurrent(admin, "ADMIN"), course.id)).toMatchObject({
      role: "admin",
      canCurate: true,
    });
  });
});
