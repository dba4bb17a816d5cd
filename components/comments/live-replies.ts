"use client";

import type { LiveEventData } from "@/lib/events/schema";
import { createContext, useContext, useEffect, useEffectEvent } from "react";

type ReplyEvent = LiveEventData["reply.created"];
type Listener = (e: ReplyEvent) => void;

/** Hands live replies to the thread of their comment. */
export function createReplyBus() {
  const listeners = new Map<string, Set<Listener>>();
  return {
    emit(e: ReplyEvent) {
      for (const fn of listeners.get(e.reply.commentId) ?? []) fn(e);
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

/** Calls `onReply` for each live reply to `commentId`. */
export function useLiveReplies(commentId: string, onReply: Listener) {
  const bus = useContext(LiveRepliesContext);
  const handle = useEffectEvent(onReply);
  useEffect(() => bus?.subscribe(commentId, (e) => handle(e)), [bus, commentId]);
}
