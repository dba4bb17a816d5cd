import type { PublicCommentDTO } from "@/lib/comments/schema";
import type { AnsweredCommentDTO } from "@/lib/faq/schema";
import { z } from "@/lib/zod";

// A chapter's recap: its featured discussion, lesson by lesson, to read again, print or export.

export const RecapQuerySchema = z.strictObject({
  format: z.enum(["json", "markdown"], { error: 'Give format "json" or "markdown".' }).default("json"),
});
export type RecapQuery = z.infer<typeof RecapQuerySchema>;

/** How many answered comments a lesson shows beside its FAQ (the most liked). */
export const RECAP_TOP_ANSWERED = 5;
/** How many unanswered questions a lesson lists (the most liked). */
export const RECAP_UNANSWERED = 10;

export type RecapLessonDTO = {
  id: string;
  slug: string;
  title: string;
  href: string;
  /** Past the trial for this reader: the title only, none of its discussion. */
  locked: boolean;
  faq: AnsweredCommentDTO[];
  /** The most liked featured comments with an author reply, FAQ entries aside. */
  topAnswered: AnsweredCommentDTO[];
  /** Featured questions with no author reply yet. */
  unanswered: PublicCommentDTO[];
};

export type RecapDTO = {
  course: { slug: string; title: string };
  chapter: { id: string; title: string };
  lessons: RecapLessonDTO[];
};
