"use client";

import { callApi, type ApiFailure } from "@/components/ui/api";
import { useApiErrorMessage } from "@/components/comments/use-messages";
import { LiveNotice } from "@/components/ui/live-notice";
import { buttonSecondary } from "@/components/ui/styles";
import { isErrorCode } from "@/lib/api-error";
import type { CommentDTO, CurationResultDTO, ReplyDTO } from "@/lib/comments/schema";
import type { BulkResultDTO, QueueItemDTO, QueuePage, ResolvedReportDTO } from "@/lib/studio/schema";
import { useTranslations } from "next-intl";
import { useEffect, useEffectEvent, useRef, useState } from "react";
import { BulkBar } from "./bulk-bar";
import { EmptyQueue } from "./empty-queue";
import { QueueItem, type QueueAction } from "./queue-item";
import { ShortcutsDialog } from "./shortcuts-dialog";
import { useQueue, type QueueFilter } from "./use-queue";
import { useQueueEvents } from "./use-queue-events";

const CURATION: Record<Exclude<QueueAction, "dismiss">, { status: "featured" | "hidden"; pinned?: boolean }> = {
  feature: { status: "featured" },
  hide: { status: "hidden" },
  pin: { status: "featured", pinned: true },
};

/** Keys typed into a text field are text, not shortcuts. */
const isTyping = (el: EventTarget | null) =>
  el instanceof HTMLElement &&
  (el.isContentEditable ||
    el.matches("textarea, select, input:not([type=checkbox]):not([type=radio]):not([type=button])"));

type Props = { initial: QueuePage; filter: QueueFilter; serverNow: number; variant: "queue" | "reports" };

/**
 * The curation queue: one-click and one-key actions, multi-select, and items that leave as
 * they are handled, here or by another curator, while new ones come in live.
 */
export function StudioQueue({ initial, filter, serverNow, variant }: Props) {
  const t = useTranslations("studio");
  const describe = useApiErrorMessage();
  const queue = useQueue(initial, filter);
  const { items } = queue;
  const [activeId, setActiveId] = useState<string | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [replyingId, setReplyingId] = useState<string | null>(null);
  const [isHelpOpen, setHelpOpen] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const refs = useRef(new Map<string, HTMLElement>());
  const emptyRef = useRef<HTMLHeadingElement>(null);
  const focusNext = useRef<string | null>(null); // an id, or "" for the empty state, to focus after the next render

  useEffect(() => {
    if (focusNext.current === null) return;
    const target = focusNext.current ? refs.current.get(focusNext.current) : emptyRef.current;
    focusNext.current = null;
    target?.focus();
  });

  const liveStatus = useQueueEvents(filter, {
    refresh: async () => {
      const { arrived, goneIds } = await queue.refreshHead();
      dealtWithElsewhere(goneIds);
      if (arrived > 0) setAnnouncement(t("queue.arrived", { count: arrived }));
    },
    removed: dealtWithElsewhere,
    changed: (ids) => void showEdits(ids),
  });

  /** Shows the new text of items their authors edited, and says so. */
  async function showEdits(ids: string[]) {
    const edited = await queue.refreshItems(ids);
    if (edited > 0) setAnnouncement(t("queue.editedMeanwhile", { count: edited }));
  }

  /** Another curator (or the author) dealt with these: they leave, except the one being answered here. */
  function dealtWithElsewhere(ids: string[]) {
    const gone = items.filter((i) => ids.includes(i.id) && i.id !== replyingId);
    if (gone.length > 0) leave(gone);
  }

  const failMessage = (failure: ApiFailure) => t("queue.done.failed", { message: describe(failure) });

  /** Takes items off the list and moves the focus to the one after (or before) the active one. */
  function leave(gone: QueueItemDTO[]) {
    const ids = new Set(gone.map((g) => g.id));
    const index = items.findIndex((i) => i.id === activeId);
    if (index !== -1 && ids.has(items[index]!.id)) {
      const after = items.slice(index + 1).find((i) => !ids.has(i.id));
      const before = items
        .slice(0, index)
        .reverse()
        .find((i) => !ids.has(i.id));
      const next = after ?? before ?? null;
      setActiveId(next?.id ?? null);
      focusNext.current = next?.id ?? "";
    }
    queue.remove([...ids]);
    setSelected((s) => new Set([...s].filter((id) => !ids.has(id))));
    if (replyingId && ids.has(replyingId)) setReplyingId(null);
  }

  async function act(item: QueueItemDTO, action: QueueAction) {
    const fits = item.kind === "comment" ? action !== "dismiss" : action === "hide" || action === "dismiss";
    if (!fits) return; // a report is hidden or dismissed; a comment featured, hidden or pinned
    const name = item.comment.author.name;
    leave([item]);
    if (item.kind === "report") {
      const res = await callApi<ResolvedReportDTO>(`/api/studio/reports/${item.id}`, "PATCH", { action });
      if (!res.ok) return failed([item], res);
      queue.remove(res.data.resolvedIds);
      return setAnnouncement(t(action === "hide" ? "queue.done.hideReport" : "queue.done.dismiss"));
    }
    const res = await callApi<CommentDTO>(`/api/comments/${item.comment.id}/curation`, "PATCH", {
      ...CURATION[action as keyof typeof CURATION],
      seenUpdatedAt: item.comment.updatedAt, // refused if edited since: the text shown is the text approved
    });
    if (!res.ok) {
      failed([item], res);
      if (res.code === "conflict") void showEdits([item.id]);
      return;
    }
    setAnnouncement(t(`queue.done.${action as keyof typeof CURATION}`, { name }));
  }

  function failed(back: QueueItemDTO[], failure: ApiFailure) {
    queue.restore(back, describe(failure));
    setAnnouncement(failMessage(failure));
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
      if (res.code === "conflict") void showEdits([item.id]);
      return describe(res);
    }
    leave([item]);
    setAnnouncement(t("queue.done.reply", { name: item.comment.author.name }));
    return null;
  }

  async function bulk(action: "feature" | "hide") {
    const chosen = items.filter((i) => i.kind === "comment" && selected.has(i.id));
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
    if (stale.length > 0) void showEdits(stale);
    setAnnouncement(t("queue.done.bulk", { done: res.data.results.length - refused.length, failed: refused.length }));
  }

  function toggle(id: string) {
    setSelected((s) => {
      const next = new Set(s);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }

  function move(delta: 1 | -1) {
    if (items.length === 0) return;
    const index = items.findIndex((i) => i.id === activeId);
    const next =
      index === -1 ? (delta > 0 ? 0 : items.length - 1) : Math.min(items.length - 1, Math.max(0, index + delta));
    const id = items[next]!.id;
    setActiveId(id);
    refs.current.get(id)?.focus();
    refs.current.get(id)?.scrollIntoView({ block: "nearest" });
  }

  const onKeyDown = useEffectEvent((e: KeyboardEvent) => {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
    if (e.target instanceof Element && e.target.closest("dialog[open]")) return; // the open help overlay has its own keys
    const active = items.find((i) => i.id === activeId);
    const key = e.key;
    if (key === "?") return (e.preventDefault(), setHelpOpen(true));
    if (key === "j" || key === "k") return (e.preventDefault(), move(key === "j" ? 1 : -1));
    if (!"fhpdrx".includes(key) || key.length !== 1) return;
    e.preventDefault();
    if (!active) return move(1); // the first key press picks the first item
    if (key === "x" && active.kind === "comment") return toggle(active.id);
    if (key === "r" && active.kind === "comment") return setReplyingId(active.id);
    const action = ({ f: "feature", h: "hide", p: "pin", d: "dismiss" } as const)[key as "f" | "h" | "p" | "d"];
    if (action) void act(active, action);
  });

  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKeyDown(e);
    document.addEventListener("keydown", listener);
    return () => document.removeEventListener("keydown", listener);
  }, []);

  const commentIds = items.filter((i) => i.kind === "comment").map((i) => i.id);
  const isEmpty = items.length === 0 && !queue.nextCursor;

  return (
    <div className="space-y-4" data-live={liveStatus}>
      <LiveNotice status={liveStatus} />
      <BulkBar
        count={items.length}
        hasMore={queue.nextCursor !== null}
        selectable={variant === "queue" ? commentIds : null}
        selected={selected}
        onSelectAll={(all) => setSelected(all ? new Set(commentIds) : new Set())}
        onBulk={bulk}
        onHelp={() => setHelpOpen(true)}
        announcement={announcement}
      />
      {isEmpty ? (
        <EmptyQueue headingRef={emptyRef} variant={variant} />
      ) : (
        <ul aria-label={t("queue.listLabel")} className="space-y-3">
          {items.map((item) => (
            <QueueItem
              key={item.id}
              item={item}
              serverNow={serverNow}
              isActive={item.id === activeId}
              isNew={queue.arrivedIds.has(item.id)}
              isEdited={queue.editedIds.has(item.id)}
              isSelected={selected.has(item.id)}
              isReplying={replyingId === item.id}
              selectable={variant === "queue"}
              error={queue.errors[item.id]}
              register={(el) => {
                if (el) refs.current.set(item.id, el);
                else refs.current.delete(item.id);
              }}
              onFocus={() => setActiveId(item.id)}
              onAction={(action) => void act(item, action)}
              onToggleSelect={() => toggle(item.id)}
              onReplyToggle={(open) => {
                setReplyingId(open ? item.id : null);
                if (!open) refs.current.get(item.id)?.focus();
              }}
              onReply={(body) => reply(item, body)}
            />
          ))}
        </ul>
      )}
      {queue.nextCursor && (
        <div className="flex flex-col items-center gap-2">
          {queue.status === "error" && (
            <p role="alert" className="text-sm text-red-700">
              {t("queue.loadError")}
            </p>
          )}
          <button
            type="button"
            className={buttonSecondary}
            onClick={() => void queue.loadMore()}
            disabled={queue.status === "loading"}
          >
            {queue.status === "loading" ? t("queue.loading") : t("queue.loadMore")}
          </button>
        </div>
      )}
      <ShortcutsDialog open={isHelpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  );
}
