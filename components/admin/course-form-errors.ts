export type CourseField = "slug" | "title" | "summary" | "coverUrl" | "enrollment" | "trialLessons";
/** In the form's order. */
export const COURSE_FIELDS: readonly CourseField[] = [
  "slug",
  "title",
  "summary",
  "coverUrl",
  "enrollment",
  "trialLessons",
];

// CreateCourseSchema's messages are English; the form says the same in the reader's language,
// one sentence per field (admin.create.errors), for issues found here or by the server.

/** The fields with a problem, from zod issues or an API's validation issues. */
export function courseFieldsWithIssues(issues: readonly { path: readonly PropertyKey[] }[]): CourseField[] {
  const found = new Set<CourseField>();
  for (const issue of issues) {
    const field = issue.path[0];
    if (COURSE_FIELDS.includes(field as CourseField)) found.add(field as CourseField);
  }
  return [...found];
}
