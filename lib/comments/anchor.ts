// A comment's element id on its article page, so a link (a suggestion, a notification) can
// lead to it. Its own module: the reader's bundle needs it without any schema.

/** The id of a comment's element on its article page: `href#comment-<id>`. */
export const commentAnchor = (commentId: string) => `comment-${commentId}`;
