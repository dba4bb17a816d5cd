import { PositionField } from "@/lib/courses/order";
import { hasNoNullBytes, NO_NULL_BYTES } from "@/lib/validation";
import { z } from "@/lib/zod";

// Inputs and DTOs of chapters (POST /api/courses/{slug}/chapters, PATCH and DELETE
// /api/chapters/{id}); shared by the studio (client) and the routes (server).

export const CHAPTER_TITLE_MAX_LENGTH = 200;

const TitleField = z
  .string({ error: "Give the chapter a title." })
  .refine(hasNoNullBytes, NO_NULL_BYTES)
  .trim()
  .min(1, { error: "Give the chapter a title." })
  .max(CHAPTER_TITLE_MAX_LENGTH, { error: `Keep the title under ${CHAPTER_TITLE_MAX_LENGTH} characters.` });

export const CreateChapterSchema = z.strictObject({ title: TitleField, position: PositionField.optional() });

export const UpdateChapterSchema = z
  .strictObject({ title: TitleField.optional(), position: PositionField.optional() })
  .refine((v) => v.title !== undefined || v.position !== undefined, { error: "Send a title or a position." });

export type CreateChapterInput = z.infer<typeof CreateChapterSchema>;
export type UpdateChapterInput = z.infer<typeof UpdateChapterSchema>;

export type ChapterDTO = { id: string; courseId: string; title: string; position: number };
