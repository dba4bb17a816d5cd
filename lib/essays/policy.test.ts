import { coursePermissions, type CourseFacts } from "@/lib/courses/policy";
import { essayRefusal, isAuthorAction, isEditableStatus } from "@/lib/essays/policy";
import type { ArticleStatus } from "@/lib/generated/prisma/client";
import { describe, expect, it } from "vitest";

// Who may move a reflection from which state to which: the whole table, pure (no database).

const learner = { role: "LEARNER" as const };
const OPEN: CourseFacts = { enrollment: "OPEN", archivedAt: null };
const PEOPLE = {
  author: { viewer: { id: "author" }, access: coursePermissions(learner, "LEARNER", OPEN) },
  "author who left": { viewer: { id: "author" }, access: coursePermissions(learner, null, OPEN) },
  "another member": { viewer: { id: "member" }, access: coursePermissions(learner, "LEARNER", OPEN) },
  instructor: { viewer: { id: "teacher" }, access: coursePermissions(learner, "INSTRUCTOR", OPEN) },
  admin: { viewer: { id: "admin" }, access: coursePermissions({ role: "ADMIN" }, null, OPEN) },
} as const;
type Who = keyof typeof PEOPLE;

describe("essayRefusal", () => {
  it.each([
    // who, action, status, refusal (null: allowed)
    ["author", "edit", "DRAFT", null],
    ["author", "edit", "RETURNED", null],
    ["author", "edit", "SUBMITTED", "conflict"],
    ["author", "edit", "PUBLISHED", "conflict"],
    ["author", "submit", "DRAFT", null],
    ["author", "submit", "RETURNED", null],
    ["author", "submit", "SUBMITTED", "conflict"],
    ["author who left", "edit", "DRAFT", "forbidden"],
    ["author who left", "submit", "DRAFT", "forbidden"],
    ["another member", "edit", "DRAFT", "forbidden"],
    ["instructor", "edit", "DRAFT", "forbidden"],
    ["admin", "submit", "DRAFT", "forbidden"],
    ["author", "publish", "SUBMITTED", "forbidden"],
    ["another member", "return", "SUBMITTED", "forbidden"],
    ["instructor", "publish", "SUBMITTED", null],
    ["instructor", "return", "SUBMITTED", null],
    ["instructor", "publish", "DRAFT", "conflict"],
    ["instructor", "publish", "PUBLISHED", "conflict"],
    ["instructor", "return", "RETURNED", "conflict"],
    ["instructor", "pin", "PUBLISHED", null],
    ["instructor", "pin", "SUBMITTED", "conflict"],
    ["admin", "publish", "SUBMITTED", null],
    ["admin", "pin", "PUBLISHED", null],
    ["author", "pin", "PUBLISHED", "forbidden"],
  ] as const)("%s may %s a %s reflection → %s", (who: Who, action, status: ArticleStatus, expected) => {
    const { viewer, access } = PEOPLE[who];
    const refusal = essayRefusal(viewer, access, { authorId: "author", status }, action);
    expect(refusal?.code ?? null).toBe(expected);
    if (refusal) expect(refusal.message).not.toBe("");
  });
});

describe("isAuthorAction and isEditableStatus", () => {
  it.each([
    ["edit", true],
    ["submit", true],
    ["publish", false],
    ["return", false],
    ["pin", false],
  ] as const)("%s belongs to the author: %s", (action, expected) => {
    expect(isAuthorAction(action)).toBe(expected);
  });

  it.each([
    ["DRAFT", true],
    ["RETURNED", true],
    ["SUBMITTED", false],
    ["PUBLISHED", false],
  ] as const)("%s is editable: %s", (status, expected) => {
    expect(isEditableStatus(status)).toBe(expected);
  });
});
