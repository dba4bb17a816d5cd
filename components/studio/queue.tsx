"use client";

import { LiveNotice } from "@/components/ui/live-notice";
import { buttonSecondary } from "@/components/ui/styles";
import type { QueueItemDTO, QueuePage } from "@/lib/studio/schema";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { BulkBar } from "./bulk-bar";
import { EmptyQueue } from "./empty-queue";
import { QueueItem } from "./queue-item";
import { ShortcutsDialog } from "./shortcuts-dialog";
import { useQueue, type QueueFilter } from "./use-queue";
import { useQueueActions } from "./use-queue-actions";
import { useQueueEvents } from "./use-queue-events";
import { useQueueShortcuts } from "./use-queue-shortcuts";

type Props = { initial: QueuePage; filter: QueueFilter; serverNow: number; variant: "queue" | "reports" };

/**
 * The curation queue: one-click and one-key actions, multi-select, and items that leave as
 * they are handled, here or by another curator, while new ones come in live.
 */
export function StudioQueue({ initial, filter, serverNow, variant }: Props) {
  const t = useTranslations("studio");
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

  const { act, reply, bulk } = useQueueActions({
    queue,
    leave,
    showEdits: (ids) => void showEdits(ids),
    announce: setAnnouncement,
  });

  function toggle(id: string) {
    setSelected((s) => {
      const next = new Set(s);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }

  useQueueShortcuts({
    items,
    refs,
    onHelp: () => setHelpOpen(true),
    onToggle: toggle,
    onReply: setReplyingId,
    onAction: (item, action) => void act(item, action),
  });

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
        onBulk={(action) =>
          bulk(
            items.filter((i) => i.kind === "comment" && selected.has(i.id)),
            action,
          )
        }
        onHelp={() => setHelpOpen(true)}
        announcement={announcement}
      />
      {isEmpty ? (
        <EmptyQueue headingRef={emptyRef} variant={variant} />
      ) : (
        <ul
          aria-label={t("queue.listLabel")}
          className="space-y-3"
          // The highlight follows the focus: with the focus elsewhere no item looks like the one keys act on.
          onBlur={(e) => {
            if (!e.currentTarget.contains(e.relatedTarget)) setActiveId(null);
          }}
        >
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
              onAction={(action, reason) => void act(item, action, reason)}
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
