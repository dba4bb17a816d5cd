"use client";

import type { QueueItemDTO } from "@/lib/studio/schema";
import { useEffect, useEffectEvent, type RefObject } from "react";
import type { QueueAction } from "./queue-item";

/** Keys typed into a text field are text, not shortcuts. */
const isTyping = (el: EventTarget | null) =>
  el instanceof HTMLElement &&
  (el.isContentEditable ||
    el.matches("textarea, select, input:not([type=checkbox]):not([type=radio]):not([type=button])"));

type Shortcuts = {
  items: QueueItemDTO[];
  activeId: string | null;
  setActiveId: (id: string) => void;
  refs: RefObject<Map<string, HTMLElement>>;
  onHelp: () => void;
  onToggle: (id: string) => void;
  onReply: (id: string) => void;
  onAction: (item: QueueItemDTO, action: QueueAction) => void;
};

/**
 * The queue's keys (j/k move, f/h/p/d act, x selects, r answers, ? helps). They act on the
 * focused item only, and never while the person is typing or the help overlay is open.
 */
export function useQueueShortcuts({
  items,
  activeId,
  setActiveId,
  refs,
  onHelp,
  onToggle,
  onReply,
  onAction,
}: Shortcuts) {
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
    if (key === "?") return (e.preventDefault(), onHelp());
    if (key === "j" || key === "k") return (e.preventDefault(), move(key === "j" ? 1 : -1));
    if (!"fhpdrx".includes(key) || key.length !== 1) return;
    e.preventDefault();
    if (!active) return move(1); // the first key press picks the first item
    if (key === "x" && active.kind === "comment") return onToggle(active.id);
    if (key === "r" && active.kind === "comment") return onReply(active.id);
    const action = ({ f: "feature", h: "hide", p: "pin", d: "dismiss" } as const)[key as "f" | "h" | "p" | "d"];
    if (action) onAction(active, action);
  });

  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKeyDown(e);
    document.addEventListener("keydown", listener);
    return () => document.removeEventListener("keydown", listener);
  }, []);
}
