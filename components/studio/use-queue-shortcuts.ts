"use client";

import type { QueueItemDTO } from "@/lib/studio/schema";
import { useEffect, useEffectEvent, type RefObject } from "react";
import type { QueueAction } from "./queue-item";

/** Keys typed into a text field are text, not shortcuts. */
const isTyping = (el: EventTarget | null) =>
  el instanceof HTMLElement &&
  (el.isContentEditable ||
    el.matches("textarea, select, input:not([type=checkbox]):not([type=radio]):not([type=button])"));

/** The queue item the focus is in (the item itself or one of its controls), by its data-queue-id. */
const focusedItemId = (target: EventTarget | null) =>
  target instanceof Element ? (target.closest<HTMLElement>("[data-queue-id]")?.dataset.queueId ?? null) : null;

type Shortcuts = {
  items: QueueItemDTO[];
  refs: RefObject<Map<string, HTMLElement>>;
  onHelp: () => void;
  onToggle: (id: string) => void;
  onReply: (id: string) => void;
  onAction: (item: QueueItemDTO, action: QueueAction) => void;
};

/**
 * The queue's keys (j/k move, f/h/p/d act, x selects, r answers, ? helps). They act on the
 * item that has the focus, read from the page at the moment of the key press, never on a
 * remembered position that live arrivals and departures could shift. With no item focused,
 * an action key only focuses the first item. Never while typing or in the help overlay.
 * The queue announces what each action did, naming the comment (use-queue-actions.ts).
 */
export function useQueueShortcuts({ items, refs, onHelp, onToggle, onReply, onAction }: Shortcuts) {
  function focusItem(id: string) {
    const el = refs.current.get(id);
    el?.focus({ preventScroll: true });
    el?.scrollIntoView({ block: "nearest" });
  }

  function move(from: string | null, delta: 1 | -1) {
    if (items.length === 0) return;
    const index = items.findIndex((i) => i.id === from);
    const next =
      index === -1 ? (delta > 0 ? 0 : items.length - 1) : Math.min(items.length - 1, Math.max(0, index + delta));
    focusItem(items[next]!.id);
  }

  const onKeyDown = useEffectEvent((e: KeyboardEvent) => {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
    if (e.target instanceof Element && e.target.closest("dialog[open]")) return; // the open help overlay has its own keys
    const focusedId = focusedItemId(e.target);
    const focused = items.find((i) => i.id === focusedId);
    const key = e.key;
    if (key === "?") return (e.preventDefault(), onHelp());
    if (key === "j" || key === "k") return (e.preventDefault(), move(focused?.id ?? null, key === "j" ? 1 : -1));
    if (!"fhpdrx".includes(key) || key.length !== 1) return;
    e.preventDefault();
    if (!focused) return move(null, 1); // the first key press picks the first item, and acts on nothing
    // Live arrivals above may have pushed it down: the item acted on is brought into view (and announced).
    refs.current.get(focused.id)?.scrollIntoView({ block: "nearest" });
    if (key === "x" && focused.kind === "comment") return onToggle(focused.id);
    if (key === "r" && focused.kind === "comment") return onReply(focused.id);
    const action = ({ f: "feature", h: "hide", p: "pin", d: "dismiss" } as const)[key as "f" | "h" | "p" | "d"];
    if (action) onAction(focused, action);
  });

  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKeyDown(e);
    document.addEventListener("keydown", listener);
    return () => document.removeEventListener("keydown", listener);
  }, []);
}
