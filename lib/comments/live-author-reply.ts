import type { Prisma } from "@/lib/generated/prisma/client";

// A live author reply (the rule "answered" rests on): an instructor's reply as the author,
// published, neither hidden nor deleted. Decided at read time, so hiding or deleting the
// reply needs no cleanup elsewhere.

/** The replies that are live author replies, as a Prisma filter. */
export const LIVE_AUTHOR_REPLY_WHERE = {
  isAuthorReply: true,
  status: "PUBLISHED",
  hiddenAt: null,
  deletedAt: null,
} satisfies Prisma.ReplyWhereInput;

/** SQL: whether the comment aliased `c` has a live author reply (the alias is code, never input). */
export const hasLiveAuthorReplySql = (c: string) =>
  `EXISTS (SELECT 1 FROM replies r WHERE r.comment_id = ${c}.id AND r.is_author_reply
    AND r.status = 'PUBLISHED' AND r.hidden_at IS NULL AND r.deleted_at IS NULL)`;
