import type { CommentDTO, ReplyDTO } from "@/lib/comments/schema";
import { hasNoNullBytes, NO_NULL_BYTES } from "@/lib/validation";
import { z } from "@/lib/zod";

// "Answers before you ask": the question being typed, and the answered questions like it.
// Shared by the composer (client) and the route (server).

/** The most of a draft the server compares; a longer draft is asked about by its opening. */
export const SIMILAR_QUERY_MAX_LENGTH = 500;
/** Below this many characters (a Chinese character counts as one) a draft says too little to compare. */
export const SIMILAR_MIN_LENGTH = 6;
/** The most suggestions the API answers with. */
export const SIMILAR_MAX_ITEMS = 5;

export const SimilarQuestionsQuerySchema = z.object({
  q: z
    .string()
    .refine(hasNoNullBytes, NO_NULL_BYTES)
    .trim()
    .max(SIMILAR_QUERY_MAX_LENGTH, { error: `Keep the question under ${SIMILAR_QUERY_MAX_LENGTH} characters.` })
    .default(""),
});

export type SimilarQuestionsQuery = z.infer<typeof SimilarQuestionsQuerySchema>;

/** An answered question like the one being typed: the comment, the instructor's answer, and where both are. */
export type SimilarQuestionDTO = {
  comment: CommentDTO;
  authorReply: ReplyDTO;
  /** How alike the two questions are, in [0, 1]. */
  score: number;
  /** The comment on its article's page. */
  href: string;
};

export type SimilarQuestionsDTO = { items: SimilarQuestionDTO[] };
