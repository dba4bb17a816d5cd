import { hasNoNullBytes, NO_NULL_BYTES } from "@/lib/validation";
import { z } from "@/lib/zod";

// Inputs and DTOs of a course's settings (POST /api/courses, PATCH /api/courses/{slug}),
// shared by the admin's create form (client) and the routes (server).

export const COURSE_SLUG_MAX_LENGTH = 60;
export const COURSE_TITLE_MAX_LENGTH = 120;
export const COURSE_SUMMARY_MAX_LENGTH = 2000;
export const TRIAL_LESSONS_MAX = 1000;
const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
// Covers come from this app's uploads or from an https address (never http, javascript: or data:).
const COVER_PATTERN = /^(\/api\/uploads\/[A-Za-z0-9_-]{1,100}|https:\/\/[^\s"'<>]+)$/;

export const CourseSlugField = z
  .string({ error: "Enter a slug." })
  .max(COURSE_SLUG_MAX_LENGTH, { error: `Keep the slug under ${COURSE_SLUG_MAX_LENGTH} characters.` })
  .regex(SLUG_PATTERN, { error: "Use lower-case letters, digits and single dashes, e.g. system-design-101." });

const TitleField = z
  .string({ error: "Enter a title." })
  .refine(hasNoNullBytes, NO_NULL_BYTES)
  .trim()
  .min(1, { error: "Enter a title." })
  .max(COURSE_TITLE_MAX_LENGTH, { error: `Keep the title under ${COURSE_TITLE_MAX_LENGTH} characters.` });

const SummaryField = z
  .string({ error: "The summary must be text." })
  .refine(hasNoNullBytes, NO_NULL_BYTES)
  .trim()
  .max(COURSE_SUMMARY_MAX_LENGTH, { error: `Keep the summary under ${COURSE_SUMMARY_MAX_LENGTH} characters.` });

const EnrollmentField = z.enum(["open", "invite"], { error: 'Choose "open" or "invite".' });

const TrialLessonsField = z
  .number({ error: "Give a whole number of lessons." })
  .int({ error: "Give a whole number of lessons." })
  .min(0, { error: "Give 0 or more lessons." })
  .max(TRIAL_LESSONS_MAX, { error: `Give at most ${TRIAL_LESSONS_MAX} lessons.` });

const CoverField = z
  .string({ error: "The cover must be an address." })
  .max(2000, { error: "That address is too long." })
  .regex(COVER_PATTERN, { error: "Upload the cover, or give an https address." });

/** POST /api/courses — an admin opens a course. */
export const CreateCourseSchema = z.strictObject({
  slug: CourseSlugField,
  title: TitleField,
  summary: SummaryField.default(""),
  enrollment: EnrollmentField,
  trialLessons: TrialLessonsField.default(0),
  coverUrl: CoverField.nullish(),
});

/** PATCH /api/courses/{slug} — any of the settings; `coverUrl: null` removes the cover. */
export const UpdateCourseSchema = z
  .strictObject({
    title: TitleField,
    summary: SummaryField,
    coverUrl: CoverField.nullable(),
    enrollment: EnrollmentField,
    trialLessons: TrialLessonsField,
    archived: z.boolean({ error: "archived must be true or false." }),
    repliesNeedCuration: z.boolean({ error: "repliesNeedCuration must be true or false." }),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { error: "Send at least one setting to change." });

export type CreateCourseInput = z.infer<typeof CreateCourseSchema>;
export type UpdateCourseInput = z.infer<typeof UpdateCourseSchema>;

export type CourseSettingsDTO = {
  id: string;
  slug: string;
  title: string;
  summary: string;
  coverUrl: string | null;
  enrollment: "open" | "invite";
  trialLessons: number;
  archived: boolean;
  /** Learners' replies wait in the studio queue until a curator publishes them. */
  repliesNeedCuration: boolean;
};

/** A row of the admin's course list. */
export type AdminCourseDTO = CourseSettingsDTO & {
  memberCount: number;
  instructorCount: number;
  lessonCount: number;
  createdAt: string;
};
