import { CreateReplySchema, SeenVersion, type ReplyDTO } from "@/lib/comments/schema";
import { z } from "@/lib/zod";

// Inputs of reply moderation (PATCH/DELETE /api/replies/{id}, PATCH /api/replies/{id}/curation),
// shared by the article page's forms and the routes.

/** A curator publishes a pending (or hidden) reply, or hides one. */
export const ReplyCurationSchema = z.strictObject({
  status: z.enum(["published", "hidden"], { error: 'Give status "published" or "hidden".' }),
  /** The reply's `updatedAt` as the curator saw it: publishing is refused (409) if its author edited it since. */
  seenUpdatedAt: SeenVersion.optional(),
});

/** The reply's author rewrites it: a learner while it awaits curation, an instructor's author reply at any time. */
export const UpdateReplySchema = CreateReplySchema;

export type ReplyCurationInput = z.infer<typeof ReplyCurationSchema>;
export type UpdateReplyInput = z.infer<typeof UpdateReplySchema>;

/**
 * Whether `reply` was edited after it was posted: a new reply's two stamps are equal, and
 * curation leaves updatedAt alone (lib/comments/reply-moderation.ts), so only an edit moves it.
 */
export const isEdited = (reply: { createdAt: string; updatedAt: string }) =>
  Date.parse(reply.updatedAt) > Date.parse(reply.createdAt);

/** A curator's decision on a reply: the reply, whether it is hidden now, and its comment's public reply count. */
export type ReplyCurationResultDTO = { reply: ReplyDTO; isHidden: boolean; replyCount: number };

/** The facts the reply rules decide on (a row, or a reply a page shows). */
export type ReplyFacts = {
  authorId: string;
  isAuthorReply: boolean;
  isPending: boolean;
  /** Hidden by a curator or deleted by its author. */
  isGone: boolean;
};

/**
 * Only its author edits a reply: a learner while it awaits curation (an edit cannot slip past
 * it), an instructor's author reply at any time (to fix a mistake), while they still curate.
 */
export const canEditReply = (viewerId: string | null, canCurate: boolean, r: ReplyFacts) =>
  viewerId === r.authorId && !r.isGone && (r.isAuthorReply ? canCurate : r.isPending);

/** Its author deletes a reply at any time; curators hide others' replies instead. */
export const canDeleteReply = (viewerId: string | null, r: ReplyFacts) => viewerId === r.authorId && !r.isGone;

/** The reply facts of a reply as a page shows it (hidden and deleted ones are not shown). */
export const replyFacts = (r: ReplyDTO): ReplyFacts => ({
  authorId: r.author.id,
  isAuthorReply: r.isAuthorReply,
  isPending: r.status === "pending",
  isGone: false,
});
