"use client";

import { callApi, type ApiFailure } from "@/components/ui/api";
import type { CommentDTO, Page, ReplyDTO } from "@/lib/comments/schema";
import { useEffect, useState } from "react";
import { useDiscussion } from "./discussion-context";
import { useLiveReplies } from "./live-replies";

const REPLY_PAGE = 20;
const EMPTY: Page<ReplyDTO> = { items: [], nextCursor: null };

/**
 * The replies of one comment: the server's preloaded page if there is one, otherwise
 * fetched once the comment is on screen; replies posted here, or arriving live from
 * others, are appended in place (each once); replies a curator hides leave.
 */
export function useReplies(comment: CommentDTO) {
  const { initialReplies } = useDiscussion();
  const hasReplies = comment.status === "featured" && comment.replyCount > 0;
  const [page, setPage] = useState<Page<ReplyDTO> | null>(
    () => initialReplies[comment.id] ?? (hasReplies ? null : EMPTY),
  );
  const [local, setLocal] = useState<{ posted: ReplyDTO[]; hidden: string[]; count: number }>({
    posted: [],
    hidden: [],
    count: comment.replyCount,
  });
  const [error, setError] = useState<ApiFailure | null>(null);
  const [isLoadingMore, setLoadingMore] = useState(false);
  const needsLoad = page === null && error === null;

  useEffect(() => {
    if (!needsLoad) return;
    let isActive = true;
    void callApi<Page<ReplyDTO>>(`/api/comments/${comment.id}/replies?limit=${REPLY_PAGE}`).then((res) => {
      if (!isActive) return;
      if (res.ok) setPage(res.data);
      else setError(res);
    });
    return () => {
      isActive = false;
    };
  }, [comment.id, needsLoad]);

  async function loadMore() {
    if (!page?.nextCursor) return;
    setLoadingMore(true);
    const query = new URLSearchParams({ limit: String(REPLY_PAGE), cursor: page.nextCursor });
    const res = await callApi<Page<ReplyDTO>>(`/api/comments/${comment.id}/replies?${query}`);
    setLoadingMore(false);
    if (!res.ok) return setError(res);
    setError(null);
    setPage((p) => ({ items: [...(p?.items ?? []), ...res.data.items], nextCursor: res.data.nextCursor }));
  }

  // Replies posted here come last; a later page may bring them again, so keep each id once.
  const loaded = page?.items ?? [];
  const seen = new Set(loaded.map((r) => r.id));
  const items = [...loaded, ...local.posted.filter((r) => !seen.has(r.id))].filter((r) => !local.hidden.includes(r.id));

  /** A reply posted here or arriving live; `knownCount` is the server's count after it, when it says. */
  function add(reply: ReplyDTO, knownCount?: number) {
    setLocal((l) => {
      const isKnown = seen.has(reply.id) || l.posted.some((r) => r.id === reply.id);
      return {
        ...l,
        posted: isKnown ? l.posted : [...l.posted, reply],
        count: Math.max(isKnown ? l.count : l.count + 1, knownCount ?? 0),
      };
    });
  }
  useLiveReplies(comment.id, (e) => {
    if (e.type === "reply.created") return add(e.reply, e.replyCount);
    setLocal((l) => ({ ...l, hidden: [...l.hidden, e.id], count: e.replyCount })); // the server's count after it
  });

  return {
    items,
    nextCursor: page?.nextCursor ?? null,
    count: local.count,
    isLoading: needsLoad,
    isLoadingMore,
    error,
    loadMore,
    retry: () => setError(null),
    add,
  };
}

export type RepliesThread = ReturnType<typeof useReplies>;
