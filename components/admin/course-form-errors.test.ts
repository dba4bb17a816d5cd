import { CreateCourseSchema } from "@/lib/courses/settings-schema";
import { expect, it } from "vitest";
import { courseFieldsWithIssues } from "./course-form-errors";

it("names each field with a problem once, from zod's issues or the API's", () => {
  const parsed = CreateCourseSchema.safeParse({ slug: "Bad Slug", title: "", enrollment: "paid", trialLessons: -1 });
  expect(courseFieldsWithIssues(parsed.error!.issues).sort()).toEqual(["enrollment", "slug", "title", "trialLessons"]);
  expect(courseFieldsWithIssues([{ path: ["slug"] }, { path: ["slug"] }, { path: [] }, { path: ["other"] }])).toEqual([
    "slug",
  ]);
});
