import type { PublicCommentDTO, ReplyDTO } from "@/lib/comments/schema";

// What the FAQ and the chapter recap answer; shared by pages and routes.

/** A featured comment and the author's answer beneath it. */
export type AnsweredCommentDTO = { comment: PublicCommentDTO; authorReply: ReplyDTO };

export type FaqDTO = { items: AnsweredCommentDTO[] };
