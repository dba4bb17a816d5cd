import type { PublicCommentDTO, ReplyDTO } from "@/lib/comments/schema";

// The live events of an article's discussion (GET /api/articles/{id}/events), shared by
// the server that publishes them and the browser that applies them. Everything in them is
// what a visitor may see: per-viewer bits (likedByMe, hold reasons) never travel.

export type LiveEventData = {
  /**
   * A comment is featured now: newly featured (`wasFeatured: false`), or a featured one
   * changed (pinned or unpinned). `featuredCount` is the article's count after the change,
   * present when it changed.
   */
  "comment.featured": { comment: PublicCommentDTO; wasFeatured: boolean; featuredCount?: number };
  /** A featured comment left the featured list (set back to pending, or hidden). */
  "comment.unfeatured": { id: string; featuredCount: number };
  /** A featured comment was deleted by its author: it leaves the list (a placeholder stays while it has replies). */
  "comment.deleted": { id: string; featuredCount: number };
  /**
   * Like counts of the article's comments that changed: one event per LIKE_EVENT_INTERVAL_MS
   * at most, carrying the newest count of every comment that changed since the last one.
   */
  "comment.likes": { counts: LikeCount[] };
  /** A new reply to a featured comment, and the comment's reply count after it. */
  "reply.created": { reply: ReplyDTO; replyCount: number };
  /** A reply was hidden (a report upheld): it leaves its thread, and the comment's reply count with it. */
  "reply.hidden": { id: string; commentId: string; replyCount: number };
  /** A public reply's author rewrote it. */
  "reply.edited": { reply: ReplyDTO };
  /** A public reply was deleted by its author: it leaves its thread, and the comment's reply count with it. */
  "reply.deleted": { id: string; commentId: string; replyCount: number };
};

/** A comment's like count, as one `comment.likes` event carries it. */
export type LikeCount = { id: string; likeCount: number };

export type LiveEventType = keyof LiveEventData;
export const LIVE_EVENT_TYPES = [
  "comment.featured",
  "comment.unfeatured",
  "comment.deleted",
  "comment.likes",
  "reply.created",
  "reply.hidden",
  "reply.edited",
  "reply.deleted",
] as const satisfies readonly LiveEventType[];

// Besides these, two control events without an id: `ready` once the stream is subscribed
// and has replayed what the client missed; `reset` when it cannot replay everything (the
// client reloads).

/**
 * Coalescing: an article's like counts go out at most this often, in one event. Every event
 * costs one write per open stream, so a popular article's fan-out is bounded by its audience
 * times this rate, not by how fast it is liked; the last count still reaches viewers within
 * about this plus one fold (250 ms) of the last like.
 */
export const LIKE_EVENT_INTERVAL_MS = 500;

/** Event ids are `<milliseconds>-<sequence>` (Redis stream ids), increasing per article. */
export const EVENT_ID = /^\d{1,16}-\d{1,16}$/;

/** Orders two event ids; negative when `a` came first. */
export function compareEventIds(a: string, b: string): number {
  const [am = "0", as = "0"] = a.split("-");
  const [bm = "0", bs = "0"] = b.split("-");
  return Number(am) - Number(bm) || Number(as) - Number(bs);
}

/**
 * The studio queue's notices (GET /api/studio/events): where the queue changed, never what
 * was written (the client reads new items through the queue API, which checks access).
 */
export type QueueNoticeData = {
  /** Something entered the queue: a comment or a reply awaiting curation, or a report. */
  "queue.added": { courseId: string; articleId: string; kind: "comment" | "reply" | "report" };
  /** Items left the queue (curated, deleted, settled), by their queue ids. */
  "queue.removed": { courseId: string; articleId: string; ids: string[] };
  /** Items still in the queue changed (a pending comment or reply edited by its author), by their queue ids. */
  "queue.changed": { courseId: string; articleId: string; ids: string[] };
};

export type QueueNoticeType = keyof QueueNoticeData;
export const QUEUE_NOTICE_TYPES = [
  "queue.added",
  "queue.removed",
  "queue.changed",
] as const satisfies readonly QueueNoticeType[];
