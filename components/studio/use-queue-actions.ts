"use client";

import { useApiErrorMessage } from "@/components/comments/use-messages";
import { callApi, type ApiFailure } from "@/components/ui/api";
import { isErrorCode } from "@/lib/api-error";
import type { ReplyCurationResultDTO } from "@/lib/comments/reply-schema";
import type { CommentDTO, CurationResultDTO, ReplyDTO } from "@/lib/comments/schema";
import type { BulkResultDTO, QueueItemDTO, ResolvedReportDTO } from "@/lib/studio/schema";
import { useTranslations } from "next-intl";
import type { QueueAction } from "./queue-item";
import type { useQueue } from "./use-queue";

const EXCERPT = 60;
/** A comment's opening words, to name it in announcements (two comments by one learner stay apart). */
export const excerptOf = (body: string) => (body.length > EXCERPT ? `${body.slice(0, EXCERPT - 1)}…` : body);

const CURATION: Record<Exclude<QueueAction, "dismiss">, { status: "featured" | "hidden"; pinned?: boolean }> = {
  feature: { status: "featured" },
  hide: { status: "hidden" },
  pin: { status: "featured", pinned: true },
};

/** A comment is featured, hidden or pinned; a reply published ("f") or hidden; a report hidden or dismissed. */
const FITS: Record<QueueItemDTO["kind"], QueueAction[]> = {
  comment: ["feature", "hide", "pin"],
  reply: ["feature", "hide"],
  report: ["hide", "dismiss"],
};

type Context = {
  queue: ReturnType<typeof useQueue>;
  /** Takes items off the list (they come back with an error when the server refuses). */
  leave: (gone: QueueItemDTO[]) => void;
  /** Re-reads items whose authors edited them, after the server said they changed. */
  showEdits: (ids: string[]) => void;
  announce: (message: string) => void;
};

/**
 * What the curator does to queue items, each one request: items leave at once and come back
 * with the reason when the server refuses; edits made since the item was loaded are refused.
 */
export function useQueueActions({ queue, leave, showEdits, announce }: Context) {
  const t = useTranslations("studio");
  const describe = useApiErrorMessage();

  function failed(back: QueueItemDTO[], failure: ApiFailure) {
    queue.restore(back, describe(failure));
    announce(t("queue.done.failed", { message: describe(failure) }));
  }

  /** `reason`: the "why featured" note sent with featuring a comment (optional). */
  async function act(item: QueueItemDTO, action: QueueAction, reason?: string) {
    if (!FITS[item.kind].includes(action)) return;
    const name = item.comment.author.name;
    leave([item]);
    if (item.kind === "reply") {
      const status = action === "hide" ? "hidden" : "published";
      const res = await callApi<ReplyCurationResultDTO>(`/api/replies/${item.id}/curation`, "PATCH", {
        status,
        seenUpdatedAt: item.reply.updatedAt, // refused if edited since: the text shown is the text published
      });
      if (!res.ok) return failed([item], res);
      return announce(
        t(status === "hidden" ? "queue.done.hideReply" : "queue.done.publishReply", {
          name: item.reply.author.name,
        }),
      );
    }
    if (item.kind === "report") {
      const res = await callApi<ResolvedReportDTO>(`/api/studio/reports/${item.id}`, "PATCH", { action });
      if (!res.ok) return failed([item], res);
      queue.remove(res.data.resolvedIds);
      return announce(t(action === "hide" ? "queue.done.hideReport" : "queue.done.dismiss"));
    }
    const res = await callApi<CommentDTO>(`/api/comments/${item.comment.id}/curation`, "PATCH", {
      ...CURATION[action as keyof typeof CURATION],
      ...(action === "feature" && reason && { reason }),
      seenUpdatedAt: item.comment.updatedAt, // refused if edited since: the text shown is the text approved
    });
    if (!res.ok) {
      failed([item], res);
      if (res.code === "conflict") showEdits([item.id]);
      return;
    }
    announce(t(`queue.done.${action as keyof typeof CURATION}`, { name, excerpt: excerptOf(item.comment.body) }));
  }

  /** Features the comment with the answer beneath it: one request, so both happen or neither does. */
  async function reply(item: QueueItemDTO, body: string): Promise<string | null> {
    const res =
      item.comment.status === "featured" // featured meanwhile: only the answer is left to post
        ? await callApi<ReplyDTO>(`/api/comments/${item.comment.id}/replies`, "POST", { body })
        : await callApi<CurationResultDTO>(`/api/comments/${item.comment.id}/curation`, "PATCH", {
            status: "featured",
            seenUpdatedAt: item.comment.updatedAt,
            reply: { body },
          });
    if (!res.ok) {
      if (res.code === "conflict") showEdits([item.id]);
      return describe(res);
    }
    leave([item]);
    announce(t("queue.done.reply", { name: item.comment.author.name }));
    return null;
  }

  async function bulk(chosen: QueueItemDTO[], action: "feature" | "hide") {
    if (chosen.length === 0) return;
    leave(chosen);
    const res = await callApi<BulkResultDTO>("/api/studio/bulk", "POST", {
      commentIds: chosen.map((c) => c.comment.id),
      action,
      seen: Object.fromEntries(chosen.map((c) => [c.comment.id, c.comment.updatedAt])),
    });
    if (!res.ok) return failed(chosen, res);
    const refused = res.data.results.filter((r) => !r.ok);
    for (const r of refused) {
      const back = chosen.filter((c) => c.comment.id === r.id);
      const code = isErrorCode(r.error.code) ? r.error.code : "internal";
      queue.restore(back, describe({ ok: false, status: res.status, code, message: r.error.message }));
    }
    const stale = refused.filter((r) => r.error.code === "conflict").map((r) => r.id);
    if (stale.length > 0) showEdits(stale);
    announce(t("queue.done.bulk", { done: res.data.results.length - refused.length, failed: refused.length }));
  }

  return { act, reply, bulk };
}
