"use client";

import type { LiveEventData } from "@/lib/events/schema";
import { createContext, useContext, useEffect, useEffectEvent } from "react";

/** What a thread learns live: a new (or newly published) reply, one edited, or one hidden or deleted. */
export type ReplyEvent =
  | ({ type: "reply.created" } & LiveEventData["reply.created"])
  | ({ type: "reply.edited" } & LiveEventData["reply.edited"])
  | ({ type: "reply.hidden" } & LiveEventData["reply.hidden"])
  | ({ type: "reply.deleted" } & LiveEventData["reply.deleted"]);
type Listener = (e: ReplyEvent) => void;

const commentOf = (e: ReplyEvent) =>
  e.type === "reply.created" || e.type === "reply.edited" ? e.reply.commentId : e.commentId;

/** Hands live reply events to the thread of their comment. */
export function createReplyBus() {
  const listeners = new Map<string, Set<Listener>>();
  return {
    emit(e: ReplyEvent) {
      for (const fn of listeners.get(commentOf(e)) ?? []) fn(e);
    },
    subscribe(commentId: string, fn: Listener) {
      let set = listeners.get(commentId);
      if (!set) listeners.set(commentId, (set = new Set()));
      set.add(fn);
      return () => {
        set.delete(fn);
        if (set.size === 0) listeners.delete(commentId);
      };
    },
  };
}

type ReplyBus = ReturnType<typeof createReplyBus>;
export const LiveRepliesContext = createContext<ReplyBus | null>(null);

/** Calls `onEvent` for each live reply event of `commentId`'s thread. */
export function useLiveReplies(commentId: string, onEvent: Listener) {
  const bus = useContext(LiveRepliesContext);
  const handle = useEffectEvent(onEvent);
  useEffect(() => bus?.subscribe(commentId, (e) => handle(e)), [bus, commentId]);
}
