import type { CommentDTO, CommentSort } from "@/lib/comments/schema";

// The article's list in the order the server sends it (lib/comments/queries.ts): the viewer's
// own unfeatured comments first, then the pinned featured ones (newest pin first), then the
// rest by the chosen sort. Live changes to a comment's pin move it there without a reload.

const isPinnedFeatured = (c: CommentDTO) => c.pinned && c.status === "featured";

/** Whether `a` comes before `b` among unpinned featured comments, by `sort`. */
function comesBefore(a: CommentDTO, b: CommentDTO, sort: CommentSort): boolean {
  if (sort === "top" && a.likeCount !== b.likeCount) return a.likeCount > b.likeCount;
  if (a.createdAt !== b.createdAt) return a.createdAt > b.createdAt; // ISO strings sort as time
  return a.id > b.id;
}

/**
 * `items` with `comment` in place of its old copy, moved to where the server would list it
 * if its pin changed (a newly pinned one leads the pinned; an unpinned one joins the sort).
 * Anything else stays where it is, so a list the viewer reads does not jump.
 */
export function placeComment(items: CommentDTO[], comment: CommentDTO, sort: CommentSort): CommentDTO[] {
  const current = items.find((c) => c.id === comment.id);
  if (current && isPinnedFeatured(current) === isPinnedFeatured(comment)) {
    return items.map((c) => (c.id === comment.id ? comment : c));
  }
  const rest = items.filter((c) => c.id !== comment.id);
  const at = isPinnedFeatured(comment)
    ? rest.findIndex((c) => c.status === "featured")
    : rest.findIndex((c) => c.status === "featured" && !isPinnedFeatured(c) && comesBefore(comment, c, sort));
  const i = at < 0 ? rest.length : at; // past the loaded page: last here ("load more" skips what is shown)
  return [...rest.slice(0, i), comment, ...rest.slice(i)];
}
