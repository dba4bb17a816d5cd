import { createLesson, updateLesson } from "@/lib/lessons/mutations";
import { getStudioLesson } from "@/lib/lessons/queries";
import { CreateLessonSchema, UpdateLessonSchema } from "@/lib/lessons/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect } from "../../prisma/factories";
import { createWorld, type World } from "../../prisma/world";

// Two instructors editing one lesson must not overwrite each other: every save names the
// version it edited, and only a save of the current version lands (no lost update).
const db = connect(process.env.DATABASE_URL!);
let w: World;
beforeAll(async () => {
  w = await createWorld(db);
});
afterAll(() => db.$disconnect());

const save = (id: string, version: number, body: string, user = w.users.instructor) =>
  updateLesson(user, id, UpdateLessonSchema.parse({ version, body }));

describe("concurrent lesson saves", () => {
  it("of one version: exactly one lands whole, the others answer 409 and change nothing", async () => {
    const lesson = await createLesson(
      w.users.instructor,
      w.course.slug,
      CreateLessonSchema.parse({ title: "Queues", body: "v1" }),
    );
    const bodies = Array.from({ length: 8 }, (_, i) => `## Draft ${i}\n\n${"很长的正文。".repeat(2000)}${i}`);
    const editors = [w.users.instructor, w.users.admin];
    const results = await Promise.allSettled(
      bodies.map((body, i) => save(lesson.id, lesson.version, body, editors[i % 2])),
    );
    const landed = results.filter((r) => r.status === "fulfilled");
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(landed).toHaveLength(1);
    expect(refused.map((r) => (r.reason as { code?: string }).code)).toEqual(Array(7).fill("conflict"));
    const after = await getStudioLesson(w.users.instructor, lesson.id);
    expect(after.version).toBe(lesson.version + 1);
    expect(bodies).toContain(after.body);
    expect((landed[0] as PromiseFulfilledResult<{ body: string }>).value.body).toBe(after.body);
  });

  it("in sequence, each naming the latest version: every save lands", async () => {
    const lesson = await createLesson(
      w.users.instructor,
      w.course.slug,
      CreateLessonSchema.parse({ title: "Backpressure", body: "" }),
    );
    let version = lesson.version;
    for (let i = 0; i < 5; i++) {
      const saved = await save(lesson.id, version, `text ${i}`, i % 2 ? w.users.admin : w.users.instructor);
      expect(saved.version).toBe(version + 1);
      version = saved.version;
    }
    const after = await getStudioLesson(w.users.admin, lesson.id);
    expect(after).toMatchObject({ body: "text 4", version: lesson.version + 5 });
  });

  it("a stale version answers 409 even long after, and the newer text stays", async () => {
    const lesson = await createLesson(
      w.users.instructor,
      w.course.slug,
      CreateLessonSchema.parse({ title: "Retries", body: "first" }),
    );
    await save(lesson.id, lesson.version, "second");
    await expect(save(lesson.id, lesson.version, "stale")).rejects.toMatchObject({ code: "conflict" });
    expect((await getStudioLesson(w.users.instructor, lesson.id)).body).toBe("second");
  });
});
