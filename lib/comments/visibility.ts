import type { CommentCan, CommentDTO, PublicCommentDTO } from "@/lib/comments/schema";
import type { CoursePermissions } from "@/lib/courses/policy";
import type { CommentStatus, Prisma } from "@/lib/generated/prisma/client";

// The visibility rules of DESIGN.md, in one pure place: each predicate sits beside the Prisma
// filter (and SQL fragment) selecting the same comments; tests/comments/rules.test.ts asks all
// of them one table of cases. No runtime imports: the browser uses commentCan for live comments.

type Viewer = { id: string } | null;
type CommentFacts = { authorId: string; status: CommentStatus; deletedAt: Date | null; replyCount: number };

/** Featured comments are public; pending, hidden and linked ones are seen by their author and the curators. */
export function canSeeComment(viewer: Viewer, canCurate: boolean, c: CommentFacts): boolean {
  if (c.deletedAt) return c.status === "FEATURED" && c.replyCount > 0; // a placeholder keeps its replies readable
  return c.status === "FEATURED" || canCurate || (viewer !== null && viewer.id === c.authorId);
}

/** What everyone sees (canSeeComment for a visitor): featured, or a deleted featured placeholder with replies. */
export const PUBLIC_COMMENTS_WHERE = {
  status: "FEATURED",
  OR: [{ deletedAt: null }, { replyCount: { gt: 0 } }],
} satisfies Prisma.CommentWhereInput;

/** The comments of a course `viewer` sees, as a filter (the same rule as canSeeComment). */
export function visibleCommentsWhere(viewer: Viewer, canCurate: boolean): Prisma.CommentWhereInput {
  if (canCurate) return { OR: [PUBLIC_COMMENTS_WHERE, { deletedAt: null }] };
  if (!viewer) return PUBLIC_COMMENTS_WHERE;
  return { OR: [PUBLIC_COMMENTS_WHERE, { authorId: viewer.id, deletedAt: null }] };
}

/** Only live featured comments take likes and replies (from those who see them and take part). */
export const isOpenForDiscussion = (c: Pick<CommentFacts, "status" | "deletedAt">) =>
  c.status === "FEATURED" && !c.deletedAt;

/** The comments open for discussion, as a filter (the same rule as isOpenForDiscussion). */
export const OPEN_FOR_DISCUSSION_WHERE = { status: "FEATURED", deletedAt: null } satisfies Prisma.CommentWhereInput;

/** SQL: whether the comment aliased `c` is open for discussion (the alias is code, never input). */
export const openForDiscussionSql = (c: string) => `(${c}.status = 'FEATURED' AND ${c}.deleted_at IS NULL)`;

/** Authors edit only while a comment awaits curation, so an edit cannot slip past it. */
export const canEditComment = (viewer: Viewer, c: CommentFacts) =>
  viewer !== null && viewer.id === c.authorId && c.status === "PENDING" && !c.deletedAt;

/** Authors may delete their comments at any time. */
export const canDeleteComment = (viewer: Viewer, c: CommentFacts) =>
  viewer !== null && viewer.id === c.authorId && !c.deletedAt;

/** Signed-in readers flag open comments of others (the server accepts any open comment they see). */
export const canReportComment = (viewer: Viewer, c: CommentFacts) =>
  viewer !== null && viewer.id !== c.authorId && isOpenForDiscussion(c);

/** Curators act on every live comment of their course. */
export const canCurateComment = (canCurate: boolean, c: Pick<CommentFacts, "deletedAt">) => canCurate && !c.deletedAt;

const factsOf = (c: PublicCommentDTO): CommentFacts => ({
  authorId: c.author.id,
  status: c.status.toUpperCase() as CommentStatus,
  deletedAt: c.isDeleted ? new Date(0) : null,
  replyCount: c.replyCount,
});

/**
 * What `viewer`, with `access` in the comment's course, may do with a comment they see. The
 * server puts it in every CommentDTO; the browser runs it only on live comments, with the
 * viewer and access the server rendered the page with.
 */
export function commentCan(
  viewer: Viewer,
  access: Pick<CoursePermissions, "canParticipate" | "canPost" | "canCurate">,
  comment: PublicCommentDTO,
): CommentCan {
  const c = factsOf(comment);
  const isOpen = isOpenForDiscussion(c) && access.canParticipate;
  return {
    edit: canEditComment(viewer, c),
    delete: canDeleteComment(viewer, c),
    reply: isOpen && access.canPost, // an archived course keeps its likes but takes no new replies
    like: isOpen,
    report: canReportComment(viewer, c),
    curate: canCurateComment(access.canCurate, c),
  };
}

/** canSeeComment for a comment as the browser holds it (live updates decide what stays listed). */
export const canSeeCommentDTO = (viewer: Viewer, canCurate: boolean, c: PublicCommentDTO) =>
  canSeeComment(viewer, canCurate, factsOf(c));

/** The N of "Featured comments (N)" counts live featured comments (DESIGN.md rule 2). */
export const isCountedAsFeatured = (c: PublicCommentDTO) => isOpenForDiscussion(factsOf(c));

/** A deleted comment as it stays in a list (a placeholder): nobody may do anything with it. */
export const asDeleted = (c: CommentDTO): CommentDTO => ({
  ...c,
  isDeleted: true,
  body: "",
  pinned: false,
  can: { edit: false, delete: false, reply: false, like: false, report: false, curate: false },
  progress: null,
});
