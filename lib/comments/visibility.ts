import type { CommentStatus } from "@/lib/generated/prisma/client";

// The visibility rules of DESIGN.md, in one pure place.

type Viewer = { id: string } | null;
type CommentFacts = { authorId: string; status: CommentStatus; deletedAt: Date | null; replyCount: number };

/** Featured comments are public; pending and hidden ones are seen by their author and the curators. */
export function canSeeComment(viewer: Viewer, canCurate: boolean, c: CommentFacts): boolean {
  if (c.deletedAt) return c.status === "FEATURED" && c.replyCount > 0; // a placeholder keeps its replies readable
  return c.status === "FEATURED" || canCurate || (viewer !== null && viewer.id === c.authorId);
}

/** Only live featured comments take likes and replies. */
export const isOpenForDiscussion = (c: CommentFacts) => c.status === "FEATURED" && !c.deletedAt;

/** Authors edit only while a comment awaits curation, so an edit cannot slip past it. */
export const canEditComment = (viewer: Viewer, c: CommentFacts) =>
  viewer !== null && viewer.id === c.authorId && c.status === "PENDING" && !c.deletedAt;

/** Authors may delete their comments at any time. */
export const canDeleteComment = (viewer: Viewer, c: CommentFacts) =>
  viewer !== null && viewer.id === c.authorId && !c.deletedAt;
