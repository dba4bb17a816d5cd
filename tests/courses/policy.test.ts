import { coursePermissions } from "@/lib/courses/policy";
import { describe, expect, it } from "vitest";

describe("coursePermissions", () => {
  const learner = { role: "LEARNER" as const };
  it.each([
    ["a visitor", null, null, { role: "visitor", canJoin: false, canParticipate: false, canCurate: false }],
    [
      "a signed-in outsider",
      learner,
      null,
      { role: "outsider", canJoin: true, canParticipate: false, canCurate: false },
    ],
    ["a member", learner, "LEARNER", { role: "learner", canJoin: false, canParticipate: true, canCurate: false }],
    [
      "an instructor",
      learner,
      "INSTRUCTOR",
      { role: "instructor", canJoin: false, canParticipate: true, canCurate: true },
    ],
    [
      "an admin",
      { role: "ADMIN" as const },
      null,
      { role: "admin", canJoin: false, canParticipate: true, canCurate: true },
    ],
  ] as const)("%s", (_who, user, membership, expected) => {
    expect(coursePermissions(user, membership)).toEqual(expected);
  });
});
