import { coursePermissions, isLessonLocked, type CourseFacts } from "@/lib/courses/policy";
import type { MemberRole, Role } from "@/lib/generated/prisma/client";
import { describe, expect, it } from "vitest";

// The course rules as pure tables (tests/courses/rules.test.ts asks getCourseAccess the same
// questions against the database).

const PEOPLE: Record<string, [{ role: Role } | null, MemberRole | null]> = {
  visitor: [null, null],
  outsider: [{ role: "LEARNER" }, null],
  learner: [{ role: "LEARNER" }, "LEARNER"],
  instructor: [{ role: "LEARNER" }, "INSTRUCTOR"],
  admin: [{ role: "ADMIN" }, null],
};
const COURSES: Record<string, CourseFacts> = {
  open: { enrollment: "OPEN", archivedAt: null },
  invite: { enrollment: "INVITE", archivedAt: null },
  "archived open": { enrollment: "OPEN", archivedAt: new Date(0) },
  "archived invite": { enrollment: "INVITE", archivedAt: new Date(0) },
};

// Flags: Join, Participate, pOst, Curate, Manage, Read everything, Admin.
const flags = (s: string) => ({
  canJoin: s.includes("J"),
  canParticipate: s.includes("P"),
  canPost: s.includes("O"),
  canCurate: s.includes("C"),
  canManageCourse: s.includes("M"),
  readsEverything: s.includes("R"),
  isAdmin: s.includes("A"),
});

describe("coursePermissions", () => {
  it.each([
    ["visitor", "open", "R"],
    ["visitor", "invite", ""],
    ["visitor", "archived open", "R"],
    ["outsider", "open", "JR"],
    ["outsider", "invite", ""],
    ["outsider", "archived open", "R"],
    ["outsider", "archived invite", ""],
    ["learner", "open", "POR"],
    ["learner", "invite", "POR"],
    ["learner", "archived invite", "PR"],
    ["instructor", "open", "POCMR"],
    ["instructor", "invite", "POCMR"],
    ["instructor", "archived open", "PCMR"],
    ["admin", "invite", "POCMRA"],
    ["admin", "archived invite", "PCMRA"],
  ])("%s, %s course → %s", (who, course, expected) => {
    const [user, membership] = PEOPLE[who]!;
    expect(coursePermissions(user, membership, COURSES[course]!)).toEqual({ role: who, ...flags(expected) });
  });
});

describe("isLessonLocked", () => {
  const invite = { enrollment: "INVITE", trialLessons: 2 } as const;
  const open = { enrollment: "OPEN", trialLessons: 0 } as const;
  it.each([
    ["a non-reader, trial lesson 0", false, invite, 0, false],
    ["a non-reader, trial lesson 1", false, invite, 1, false],
    ["a non-reader, lesson 2 (past the trial)", false, invite, 2, true],
    ["a non-reader, lesson 9", false, invite, 9, true],
    ["a reader, lesson 9", true, invite, 9, false],
    ["anyone in an open course", false, open, 9, false],
    ["a non-reader, no trial, lesson 0", false, { ...invite, trialLessons: 0 }, 0, true],
  ] as const)("%s → %s", (_case, readsEverything, course, ordinal, expected) => {
    expect(isLessonLocked({ readsEverything }, course, ordinal)).toBe(expected);
  });
});
