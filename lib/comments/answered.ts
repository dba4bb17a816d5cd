import { isQuestionSql } from "@/lib/comments/question";
import { openForDiscussionSql } from "@/lib/comments/visibility";
import type { Prisma } from "@/lib/generated/prisma/client";

// "Answered", in one place: a featured comment with a live author reply (an instructor's reply,
// published, neither hidden nor deleted). FAQ entries, the recap and health decide it at read
// time with this rule, so hiding or deleting an author reply needs no cleanup elsewhere.

/** The replies that count as the author's answer, as a filter. */
export const LIVE_AUTHOR_REPLY_WHERE = {
  isAuthorReply: true,
  status: "PUBLISHED",
  hiddenAt: null,
  deletedAt: null,
} satisfies Prisma.ReplyWhereInput;

/** SQL: the same rule for the reply aliased `r` (the alias is code, never input). */
export const liveAuthorReplySql = (r: string) =>
  `(${r}.is_author_reply AND ${r}.status = 'PUBLISHED' AND ${r}.hidden_at IS NULL AND ${r}.deleted_at IS NULL)`;

/** SQL: whether the comment aliased `c` has an author's answer. */
export const answeredSql = (c: string) =>
  `EXISTS (SELECT 1 FROM replies ar WHERE ar.comment_id = ${c}.id AND ${liveAuthorReplySql("ar")})`;

/** SQL: whether the comment aliased `c` is a live featured question still waiting for the author's answer. */
export const unansweredQuestionSql = (c: string) =>
  `(${openForDiscussionSql(c)} AND ${isQuestionSql(c)} AND NOT ${answeredSql(c)})`;
