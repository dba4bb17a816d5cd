import { notify } from "@/lib/events/publish";
import type { QueueNoticeData, QueueNoticeType } from "@/lib/events/schema";
import { openNoticeStream } from "@/lib/events/stream";
import type { StudioScope } from "@/lib/studio/access";
import "server-only";

// The studio queue's live notices. One topic for every course: each app server receives
// each notice once and hands it to the streams whose scope includes its course and article.

const QUEUE_TOPIC = "studio-queue";

async function notice<T extends QueueNoticeType>(type: T, data: QueueNoticeData[T]) {
  await notify(QUEUE_TOPIC, type, data);
}

/** A comment awaits curation, or a report was filed. Call it after the change committed. */
export const noticeQueueAdded = (data: QueueNoticeData["queue.added"]) => notice("queue.added", data);

/** Queue items were dealt with. Call it after the change committed. */
export const noticeQueueRemoved = (data: QueueNoticeData["queue.removed"]) => notice("queue.removed", data);

/** Queue items changed where they are. Call it after the change committed. */
export const noticeQueueChanged = (data: QueueNoticeData["queue.changed"]) => notice("queue.changed", data);

/** The queue notices within `scope` (what the studio's queue of that filter lists). */
export function openQueueStream(scope: StudioScope, signal: AbortSignal): ReadableStream<Uint8Array> {
  const courses =
    scope.courseId === undefined
      ? null
      : new Set(typeof scope.courseId === "string" ? [scope.courseId] : scope.courseId.in);
  return openNoticeStream(
    QUEUE_TOPIC,
    (data) => {
      const where = data as { courseId: string; articleId: string };
      return (!courses || courses.has(where.courseId)) && (!scope.articleId || scope.articleId === where.articleId);
    },
    signal,
  );
}
