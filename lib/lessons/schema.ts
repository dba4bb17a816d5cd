import { PositionField } from "@/lib/courses/order";
import { IdField } from "@/lib/validation";
import { z } from "@/lib/zod";

// Inputs and DTOs of lessons as instructors write them (POST /api/courses/{slug}/lessons,
// PATCH /api/articles/{id} on a lesson, GET /api/studio/lessons/{id}); shared by the editor
// (client) and the routes (server).

export const LESSON_TITLE_MAX_LENGTH = 200;
/** Longer bodies answer 413 (checked in lib/lessons, not here, so they are not a 400). */
export const LESSON_BODY_MAX_LENGTH = 100_000;
/**
 * A lesson request may weigh this much: 100,000 characters are up to 300 KB of UTF-8 (CJK)
 * and JSON escapes add some more, so a full lesson always fits in one save.
 */
export const LESSON_REQUEST_MAX_BYTES = 512 * 1024;

/** A lesson as readers see it: draft (nobody), scheduled (from publishedAt on) or published. */
export type LessonState = "draft" | "scheduled" | "published";

const LessonSlugField = z
  .string({ error: "The address must be text." })
  .max(80, { error: "Keep the address under 80 characters." })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "Use lower-case letters, digits and single dashes." });

const TitleField = z
  .string({ error: "The title must be text." })
  .trim()
  .max(LESSON_TITLE_MAX_LENGTH, { error: `Keep the title under ${LESSON_TITLE_MAX_LENGTH} characters.` });

const BodyField = z
  .string({ error: "The lesson must be text." })
  .describe(`Markdown, at most ${LESSON_BODY_MAX_LENGTH.toLocaleString("en")} characters (413 beyond).`);

const PublishAtField = z.iso
  .datetime({ offset: true, error: "Give the time as an ISO 8601 date and time." })
  .transform((s) => new Date(s));

const ChapterIdField = IdField.nullable();

/**
 * POST /api/courses/{slug}/lessons — a new lesson: a draft, unless `status: "published"` (now,
 * or at `publishAt`) or a `publishAt` alone (scheduled when in the future).
 */
export const CreateLessonSchema = z.strictObject({
  title: TitleField.min(1, { error: "Give the lesson a title." }),
  body: BodyField.default(""),
  chapterId: ChapterIdField.optional(),
  slug: LessonSlugField.optional(),
  status: z.enum(["draft", "published"], { error: 'Give status "draft" or "published".' }).optional(),
  publishAt: PublishAtField.nullish(),
});

// PATCH /api/articles/{id} on a lesson takes one of four shapes.
const SaveShape = z.strictObject({
  version: z.number({ error: "Send the version you edited." }).int({ error: "Send the version you edited." }),
  title: TitleField.min(1, { error: "Give the lesson a title." }).optional(),
  body: BodyField.optional(),
});
const MoveShape = z.strictObject({ chapterId: ChapterIdField.optional(), position: PositionField.optional() });
const ActionShape = z.strictObject({
  action: z.enum(["publish", "unpublish"], { error: 'Give action "publish" or "unpublish".' }),
});
const ScheduleShape = z.strictObject({ publishAt: PublishAtField.nullable() });

/** The wire shapes, for the API description. */
export const LessonPatchShapes = z.union([SaveShape, MoveShape, ActionShape, ScheduleShape]);

/**
 * PATCH /api/articles/{id} on a lesson: `{version, title?, body?}` saves the text (409 when
 * `version` is stale), `{chapterId?, position?}` moves it, `{action: "publish"|"unpublish"}`,
 * `{publishAt}` schedules (null: now). Each shape gets its operation name here, so a
 * mistake is reported against the shape that was meant.
 */
export const UpdateLessonSchema = z.preprocess(
  (v) => {
    if (typeof v !== "object" || v === null || Array.isArray(v)) return v;
    const op =
      "action" in v ? "act" : "publishAt" in v ? "schedule" : "chapterId" in v || "position" in v ? "move" : "save";
    return { op, ...v };
  },
  z.discriminatedUnion("op", [
    SaveShape.extend({ op: z.literal("save") }),
    MoveShape.extend({ op: z.literal("move") }),
    ActionShape.extend({ op: z.literal("act") }),
    ScheduleShape.extend({ op: z.literal("schedule") }),
  ]),
);

export type CreateLessonInput = z.infer<typeof CreateLessonSchema>;
export type UpdateLessonInput = z.infer<typeof UpdateLessonSchema>;

/** A lesson in the studio: everything the editor needs, for the course's curators only. */
export type StudioLessonDTO = {
  id: string;
  courseSlug: string;
  slug: string;
  title: string;
  body: string;
  state: LessonState;
  publishedAt: string | null;
  chapterId: string | null;
  position: number;
  version: number;
  updatedAt: string;
};
