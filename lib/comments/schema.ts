import { hasNoNullBytes, IdField, NO_NULL_BYTES } from "@/lib/validation";
import { z } from "@/lib/zod";

// Inputs and DTOs of the discussion; shared by forms (client) and routes (server).

export const COMMENT_MAX_LENGTH = 2000;
export const REPLY_MAX_LENGTH = 1000;
export const REPORT_REASON_MAX_LENGTH = 500;
export const CURATION_REASON_MAX_LENGTH = 280;

const text = (max: number) =>
  z
    .string({ error: "Write something first." })
    .refine(hasNoNullBytes, NO_NULL_BYTES)
    .trim()
    .min(1, { error: "Write something first." })
    .max(max, { error: `Keep it under ${max} characters.` });

export const CreateCommentSchema = z.strictObject({ body: text(COMMENT_MAX_LENGTH) });
export const UpdateCommentSchema = CreateCommentSchema;
export const CreateReplySchema = z.strictObject({ body: text(REPLY_MAX_LENGTH) });

/** Why featured (public) or not (to its author only); "" or null clears it. */
export const CurationReason = z
  .string({ error: "Give the reason as text." })
  .refine(hasNoNullBytes, NO_NULL_BYTES)
  .trim()
  .max(CURATION_REASON_MAX_LENGTH, { error: `Keep it under ${CURATION_REASON_MAX_LENGTH} characters.` })
  .transform((v) => v || null)
  .nullable();

/** A comment's `updatedAt` as the curator saw it: featuring is refused (409) if it changed since. */
export const SeenVersion = z.iso.datetime({ error: "Give the comment's updatedAt as you saw it." });

export const CurationSchema = z
  .strictObject({
    status: z.enum(["featured", "pending", "hidden"]).optional(),
    pinned: z.boolean().optional(),
    /** With "featured": the public "why featured"; with "hidden": a note its author sees. */
    reason: CurationReason.optional(),
    /** An FAQ entry of the article: only a featured comment with a live author reply (409 otherwise). */
    faq: z.boolean().optional(),
    seenUpdatedAt: SeenVersion.optional(),
    /** Feature and answer as the author in one step: both happen, or neither does. */
    reply: CreateReplySchema.optional(),
  })
  .refine((v) => v.status !== undefined || v.pinned !== undefined || v.reason !== undefined || v.faq !== undefined, {
    error: "Give a status, pinned, reason or faq.",
  })
  .refine((v) => v.reply === undefined || v.status === "featured", {
    error: 'An answer goes with featuring: send status "featured".',
    path: ["reply"],
  });

export const ReportSchema = z
  .strictObject({
    commentId: IdField.optional(),
    replyId: IdField.optional(),
    reason: z
      .string({ error: "Say what is wrong." })
      .refine(hasNoNullBytes, NO_NULL_BYTES)
      .trim()
      .min(3, { error: "Say what is wrong." })
      .max(REPORT_REASON_MAX_LENGTH, { error: `Keep it under ${REPORT_REASON_MAX_LENGTH} characters.` }),
  })
  .refine((v) => (v.commentId === undefined) !== (v.replyId === undefined), {
    error: "Report either a comment or a reply.",
    path: ["commentId"],
  });

export const ListCommentsQuerySchema = z.object({
  sort: z.enum(["top", "new"]).default("top"),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
  status: z.enum(["featured", "pending", "hidden", "all"]).default("featured"),
});

export const ListRepliesQuerySchema = z.object({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

export type CreateCommentInput = z.infer<typeof CreateCommentSchema>;
export type CreateReplyInput = z.infer<typeof CreateReplySchema>;
export type CurationInput = z.infer<typeof CurationSchema>;
export type ReportInput = z.infer<typeof ReportSchema>;
export type ListCommentsQuery = z.infer<typeof ListCommentsQuerySchema>;
export type CommentSort = ListCommentsQuery["sort"];
/** "linked": asks what a featured comment answers (answeredIn); seen like a pending one. */
export type CommentStatusName = "pending" | "featured" | "hidden" | "linked";

/** Where a linked comment's question is answered: the featured comment, on its article page. */
export type AnsweredInDTO = { commentId: string; href: string };

export type AuthorDTO = { id: string; name: string; avatarUrl: string | null; isInstructor: boolean };

/** What the viewer may do with a comment, computed by the server (lib/comments/visibility.ts#commentCan). */
export type CommentCan = {
  edit: boolean;
  delete: boolean;
  reply: boolean;
  like: boolean;
  report: boolean;
  curate: boolean;
};

/** A comment as everyone sees it: the shared cache and live events carry this, never `can`. */
export type PublicCommentDTO = {
  id: string;
  articleId: string;
  author: AuthorDTO;
  /** Empty when deleted: a deleted comment with replies stays as a placeholder. */
  body: string;
  status: CommentStatusName;
  pinned: boolean;
  likeCount: number;
  replyCount: number;
  likedByMe: boolean;
  isDeleted: boolean;
  /** Why it may not be featured yet (blocked words); only the course's curators see it. */
  heldReason: string | null;
  /** For a linked comment: the featured comment that answers it. */
  answeredIn: AnsweredInDTO | null;
  /** Why an instructor featured it ("精选理由"): public while it is featured, else null. */
  reason: string | null;
  /** An FAQ entry of its article (featured, with an author reply). */
  isFaq: boolean;
  createdAt: string;
  updatedAt: string;
};

/**
 * Where a comment stands, as its author is told (received → seen by an instructor → outcome).
 * "not_featured" carries the instructor's private note to the author, if they left one.
 */
export type CommentProgressState = "received" | "seen" | "featured" | "answered" | "not_featured" | "linked";
export type CommentProgressDTO = { state: CommentProgressState; reason: string | null };

/**
 * A comment as one viewer sees it, with what they may do with it; `progress` only for its
 * author (null for everyone else, and never in shared data).
 */
export type CommentDTO = PublicCommentDTO & { can: CommentCan; progress: CommentProgressDTO | null };

export type ReplyDTO = {
  id: string;
  commentId: string;
  author: AuthorDTO;
  body: string;
  isAuthorReply: boolean;
  /** "pending" awaits a curator (the course's replies need curation); only its author and the curators see it. */
  status: ReplyStatusName;
  createdAt: string;
  /** Later than createdAt once its author edited it. */
  updatedAt: string;
};
export type ReplyStatusName = "pending" | "published";

/** The curation result: the comment, and with `reply` in the request, the author's answer posted with it. */
export type CurationResultDTO = CommentDTO & { reply?: ReplyDTO };

export type Page<T> = { items: T[]; nextCursor: string | null };
export type LikeResultDTO = { liked: boolean; likeCount: number };
