import { LIVE_AUTHOR_REPLY_WHERE } from "@/lib/comments/answered";
import type { CurationInput } from "@/lib/comments/schema";
import { AppError } from "@/lib/errors";
import type { CommentStatus, Prisma } from "@/lib/generated/prisma/client";
import "server-only";

// The marks a curator leaves beside a comment's status: the reason ("why featured", or a note
// to its author when hidden) and the FAQ mark. Decided inside the curation's transaction, on
// the locked row, so they never disagree with the status they go with.

type Before = { status: CommentStatus; curation_reason: string | null; faq_at: Date | null };
export type CurationMarks = { curationReason: string | null; faqAt: Date | null };

/**
 * The reason and FAQ mark after a curation action: a status change without a reason clears the
 * reason; a reason goes with featured or hidden only; FAQ entries are featured comments with a
 * live author reply (409 otherwise); leaving featured leaves the FAQ.
 */
export async function nextMarks(
  tx: Prisma.TransactionClient,
  commentId: string,
  before: Before,
  status: CommentStatus,
  input: Pick<CurationInput, "reason" | "faq">,
): Promise<CurationMarks> {
  const isStatusChange = status !== before.status;
  const curationReason = input.reason !== undefined ? input.reason : isStatusChange ? null : before.curation_reason;
  // Pending comments carry no reason: even clearing one there is a request that means nothing.
  if ((input.reason !== undefined || curationReason !== null) && status !== "FEATURED" && status !== "HIDDEN")
    throw new AppError("conflict", "A reason goes with featuring or hiding a comment.");

  if (status !== "FEATURED") {
    if (input.faq) throw new AppError("conflict", "Only featured comments with an author reply can be FAQ entries.");
    return { curationReason, faqAt: null };
  }
  if (input.faq === undefined) return { curationReason, faqAt: before.faq_at };
  if (!input.faq) return { curationReason, faqAt: null };
  const answer = await tx.reply.findFirst({ where: { commentId, ...LIVE_AUTHOR_REPLY_WHERE }, select: { id: true } });
  if (!answer) throw new AppError("conflict", "Only featured comments with an author reply can be FAQ entries.");
  return { curationReason, faqAt: before.faq_at ?? new Date() };
}
