import { IdField } from "@/lib/validation";
import { z } from "@/lib/zod";

/** The most comments one read receipt covers (the queue sends what came into view, in batches). */
export const SEEN_MAX = 100;

export const SeenCommentsSchema = z.strictObject({
  commentIds: z
    .array(IdField)
    .min(1, { error: "Give at least one comment." })
    .max(SEEN_MAX, { error: `Give at most ${SEEN_MAX} comments at once.` }),
});

export type SeenCommentsInput = z.infer<typeof SeenCommentsSchema>;
