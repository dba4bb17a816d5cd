import { CreateReplySchema, type CommentDTO, type ReplyDTO } from "@/lib/comments/schema";
import type { QueueCommentItem } from "@/lib/studio/schema";
import { IdField } from "@/lib/validation";
import { z } from "@/lib/zod";

// Grouping the queue by question, and answering a group once; shared by the studio's
// components and its routes.

/** Grouping compares every pair: the newest pending comments only, beyond this it says so. */
export const CLUSTER_SCAN_MAX = 500;
export const ANSWER_GROUP_MIN = 2;
export const ANSWER_GROUP_MAX = 50;

export const ClustersQuerySchema = z
  .object({ courseId: IdField.optional(), articleId: IdField.optional() })
  .refine((q) => q.courseId !== undefined || q.articleId !== undefined, {
    error: "Give a courseId or an articleId: questions are grouped within one course.",
    path: ["courseId"],
  });

export const AnswerClusterSchema = z
  .strictObject({
    commentIds: z
      .array(IdField)
      .min(ANSWER_GROUP_MIN, { error: `Answer at least ${ANSWER_GROUP_MIN} comments together.` })
      .max(ANSWER_GROUP_MAX, { error: `Answer at most ${ANSWER_GROUP_MAX} comments together.` })
      .refine((ids) => new Set(ids).size === ids.length, { error: "Each comment once." }),
    featureId: IdField,
    reply: CreateReplySchema,
  })
  .refine((v) => v.commentIds.includes(v.featureId), {
    error: "Feature one of the comments you answer.",
    path: ["featureId"],
  });

export type ClustersQuery = z.infer<typeof ClustersQuerySchema>;
export type AnswerClusterInput = z.infer<typeof AnswerClusterSchema>;

export type ClusterDTO = {
  /** The same for the same members, so a view keeps its open groups across refreshes. */
  id: string;
  /** The representative question, shortened. */
  label: string;
  /** The representative first, then newest first. */
  commentIds: string[];
  comments: QueueCommentItem[];
};

export type ClustersDTO = {
  clusters: ClusterDTO[];
  /** More comments await than were grouped (the newest CLUSTER_SCAN_MAX were). */
  truncated: boolean;
};

export type AnswerClusterResultDTO = { featured: CommentDTO; reply: ReplyDTO; linkedIds: string[] };
