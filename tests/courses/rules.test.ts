import { canSeeArticle, isLive, visibleArticleSql, visibleArticlesWhere } from "@/lib/articles/policy";
import type { CurrentUser } from "@/lib/auth/session";
import { invalidate } from "@/lib/cache";
import { courseCacheNamespace, getCourseAccess } from "@/lib/courses/access";
import {
  canCurateCourse,
  canParticipateInCourse,
  curatedCoursesWhere,
  curatorSql,
  participantSql,
  participatingCoursesWhere,
} from "@/lib/courses/policy";
import type { ArticleStatus, MemberRole } from "@/lib/generated/prisma/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMember, connect, createCourse, createLesson, createUser } from "../../prisma/factories";
import { asCurrent } from "../../prisma/world";

/** Changes the course as its settings do: the cached course facts go with the change. */
async function setCourse(data: Prisma.CourseUpdateInput) {
  await db.course.update({ where: { id: courseId }, data });
  await invalidate(courseCacheNamespace(courseId));
}

// One table per rule: the predicate, the Prisma filter (against this database) and the SQL
// fragment are asked the same cases, so the three cannot drift apart (STYLE.md "Where a rule lives").
const db = connect(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

type Who = "visitor" | "outsider" | "learner" | "instructor" | "admin" | "instructor elsewhere";
const MEMBERSHIP: Record<Who, MemberRole | null> = {
  visitor: null,
  outsider: null,
  learner: "LEARNER",
  instructor: "INSTRUCTOR",
  admin: null,
  "instructor elsewhere": null,
};

let courseId: string;
let otherCourseId: string;
const people = {} as Record<Who, CurrentUser | null>;

beforeAll(async () => {
  const [course, other] = await Promise.all([createCourse(db), createCourse(db)]);
  courseId = course.id;
  otherCourseId = other.id;
  for (const who of Object.keys(MEMBERSHIP) as Who[]) {
    if (who === "visitor") {
      people[who] = null;
      continue;
    }
    const u = await createUser(db, who === "admin" ? { role: "ADMIN" } : {});
    people[who] = asCurrent(u, who === "admin" ? "ADMIN" : "LEARNER");
    const role = MEMBERSHIP[who];
    if (role) await addMember(db, course.id, u.id, role);
    if (who === "instructor elsewhere") await addMember(db, other.id, u.id, "INSTRUCTOR");
  }
});

const sqlHolds = async (fragment: Prisma.Sql, id: string) =>
  (await db.$queryRaw<{ ok: boolean }[]>`SELECT (${fragment}) AS ok FROM courses c WHERE c.id = ${id}`)[0]!.ok;

describe("who curates a course (canCurateCourse · curatedCoursesWhere · curatorSql)", () => {
  it.each([
    ["visitor", false],
    ["outsider", false],
    ["learner", false],
    ["instructor", true],
    ["admin", true],
    ["instructor elsewhere", false],
  ] as const)("%s → %s", async (who, expected) => {
    const user = people[who];
    expect(canCurateCourse(user, MEMBERSHIP[who])).toBe(expected);
    expect((await getCourseAccess(user, courseId)).canCurate).toBe(expected);
    const found = await db.course.findFirst({ where: { AND: [{ id: courseId }, curatedCoursesWhere(user)] } });
    expect(found !== null).toBe(expected);
    expect(await sqlHolds(curatorSql(user, "c.id"), courseId)).toBe(expected);
  });

  it("an instructor of another course curates that one", async () => {
    const user = people["instructor elsewhere"];
    const found = await db.course.findFirst({ where: { AND: [{ id: otherCourseId }, curatedCoursesWhere(user)] } });
    expect(found).not.toBeNull();
    expect(await sqlHolds(curatorSql(user, "c.id"), otherCourseId)).toBe(true);
  });
});

describe("who takes part in a course (canParticipateInCourse · participatingCoursesWhere · participantSql)", () => {
  it.each([
    ["visitor", false],
    ["outsider", false],
    ["learner", true],
    ["instructor", true],
    ["admin", true],
    ["instructor elsewhere", false],
  ] as const)("%s → %s", async (who, expected) => {
    const user = people[who];
    expect(canParticipateInCourse(user, MEMBERSHIP[who])).toBe(expected);
    expect((await getCourseAccess(user, courseId)).canParticipate).toBe(expected);
    const found = await db.course.findFirst({ where: { AND: [{ id: courseId }, participatingCoursesWhere(user)] } });
    expect(found !== null).toBe(expected);
    expect(await sqlHolds(participantSql(user, "c.id"), courseId)).toBe(expected);
  });
});

describe("what the course's facts change (getCourseAccess reads them with the membership)", () => {
  it.each([
    // who, enrollment, archived → canJoin, canPost, readsEverything
    ["outsider", "OPEN", false, true, false, true],
    ["outsider", "INVITE", false, false, false, false],
    ["visitor", "INVITE", false, false, false, false],
    ["learner", "INVITE", false, false, true, true],
    ["learner", "OPEN", true, false, false, true],
    ["instructor", "INVITE", true, false, false, true],
    ["admin", "INVITE", false, false, true, true],
    ["instructor elsewhere", "INVITE", false, false, false, false],
  ] as const)(
    "%s, %s course (archived %s) → join %s, post %s, read all %s",
    async (who, enrollment, archived, ...want) => {
      await setCourse({ enrollment, archivedAt: archived ? new Date() : null });
      try {
        const access = await getCourseAccess(people[who], courseId);
        expect([access.canJoin, access.canPost, access.readsEverything]).toEqual(want);
        expect(access.canManageCourse).toBe(access.canCurate);
        expect(access.isAdmin).toBe(who === "admin");
      } finally {
        await setCourse({ enrollment: "OPEN", archivedAt: null });
      }
    },
  );
});

describe("who sees an article (isLive · canSeeArticle · visibleArticlesWhere · visibleArticleSql)", () => {
  // Every state, for every viewer; the article's author is "learner" (an essay, say). A
  // scheduled article is PUBLISHED with a publication time still to come.
  const STATES = {
    DRAFT: ["DRAFT", null],
    SUBMITTED: ["SUBMITTED", null],
    RETURNED: ["RETURNED", null],
    PUBLISHED: ["PUBLISHED", -60_000],
    SCHEDULED: ["PUBLISHED", 3_600_000],
  } as const satisfies Record<string, readonly [ArticleStatus, number | null]>;
  const cases = (Object.keys(STATES) as (keyof typeof STATES)[]).flatMap((state) =>
    (Object.keys(MEMBERSHIP) as Who[]).map((who) => {
      const expected = state === "PUBLISHED" || who === "learner" || who === "instructor" || who === "admin";
      return [state, who, expected] as const;
    }),
  );

  it.each(cases)("%s article, %s → %s", async (state, who, expected) => {
    const user = people[who];
    const [status, offset] = STATES[state];
    const publishedAt = offset === null ? null : new Date(Date.now() + offset);
    const article = await createLesson(db, courseId, people.learner!.id);
    await db.article.update({ where: { id: article.id }, data: { status, publishedAt } });
    expect(isLive({ status, publishedAt })).toBe(state === "PUBLISHED");
    const access = await getCourseAccess(user, courseId);
    expect(canSeeArticle(user, access, { status, authorId: people.learner!.id, publishedAt })).toBe(expected);
    const found = await db.article.findFirst({ where: { AND: [{ id: article.id }, visibleArticlesWhere(user)] } });
    expect(found !== null).toBe(expected);
    const [row] = await db.$queryRaw<{ ok: boolean }[]>`
      SELECT (${visibleArticleSql(user, "a")}) AS ok FROM articles a WHERE a.id = ${article.id}`;
    expect(row!.ok).toBe(expected);
  });
});
