import type { CommentProgressDTO, CommentStatusName } from "@/lib/comments/schema";

// Where a comment stands, as its author sees it: received → seen by an instructor (opened in
// the queue or on the page) → featured, answered (featured with a live author reply), not
// featured (with the instructor's optional note) or linked (answered in another comment).
// Pure, so the server (lists, /me) and the browser (live updates) tell the same story.

export type ProgressFacts = {
  status: CommentStatusName;
  isSeen: boolean;
  /** comments.curation_reason: told to the author only while the comment is hidden. */
  curationReason: string | null;
  hasLiveAuthorReply: boolean;
};

/** The author's view of their comment's progress. */
export function commentProgress(f: ProgressFacts): CommentProgressDTO {
  switch (f.status) {
    case "featured":
      return { state: f.hasLiveAuthorReply ? "answered" : "featured", reason: null };
    case "hidden":
      return { state: "not_featured", reason: f.curationReason };
    case "linked":
      return { state: "linked", reason: null };
    case "pending":
      return { state: f.isSeen ? "seen" : "received", reason: null };
  }
}

/** The steps shown to the author, in order, and how far the comment got. */
export const PROGRESS_STEPS = ["received", "seen", "outcome"] as const;
export const progressStep = (p: CommentProgressDTO) => (p.state === "received" ? 0 : p.state === "seen" ? 1 : 2);

/** The author's progress once a live event says their comment is featured (an answer it had stays). */
export const progressWhenFeatured = (p: CommentProgressDTO | null): CommentProgressDTO | null =>
  p && { state: p.state === "answered" ? "answered" : "featured", reason: null };
