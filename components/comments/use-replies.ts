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
 * others, are appended in place (each once); edited ones change in place; replies a
 * curator hides, or their author deletes, leave. The count is of public replies only.
 */
export function useReplies(comment: CommentDTO) {
  const { initialReplies } = useDiscussion();
  const hasReplies = comment.status === "featured" && comment.replyCount > 0;
  const [page, setPage] = useState<Page<ReplyDTO> | null>(
    () => initialReplies[comment.id] ?? (hasReplies ? null : EMPTY),
  );
  const [local, setLocal] = useState<{
    posted: ReplyDTO[];
    hidden: string[];
    changed: Record<string, ReplyDTO>;
    count: number;
    /** The viewer just posted a reply that awaits curation (only one's own pending replies are added). */
    postedPending: boolean;
  }>({ posted: [], hidden: [], changed: {}, count: comment.replyCount, postedPending: false });
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

  // Replies posted here come last; a later page may bring them again (and a pending reply the
  // server added to the first page), so keep each id once, in its latest version.
  const loaded = page?.items ?? [];
  const byId = new Map<string, ReplyDTO>();
  for (const r of [...loaded, ...local.posted]) if (!byId.has(r.id)) byId.set(r.id, r);
  const items = [...byId.values()].filter((r) => !local.hidden.includes(r.id)).map((r) => local.changed[r.id] ?? r);

  /**
   * A reply posted here, arriving live, or published by a curator; `knownCount` is the
   * server's count after it, when it says. A pending reply is not counted until published.
   */
  function add(reply: ReplyDTO, knownCount?: number) {
    setLocal((l) => {
      const known = byId.get(reply.id) ?? l.posted.find((r) => r.id === reply.id);
      const version = known && (l.changed[reply.id] ?? known);
      const becomesPublic = reply.status === "published" && version?.status !== "published";
      return {
        ...l,
        posted: known ? l.posted : [...l.posted, reply],
        changed: known ? { ...l.changed, [reply.id]: reply } : l.changed,
        count: knownCount ?? (becomesPublic ? l.count + 1 : l.count),
        postedPending: l.postedPending || (!known && reply.status === "pending"),
      };
    });
  }
  /** A reply changed in place (edited here or live). */
  function replace(reply: ReplyDTO) {
    setLocal((l) => ({ ...l, changed: { ...l.changed, [reply.id]: reply } }));
  }
  /** A reply that leaves the thread; `knownCount` is the server's count after it, when it says. */
  function remove(id: string, knownCount?: number) {
    setLocal((l) => {
      const wasPublic = (l.changed[id] ?? byId.get(id))?.status === "published";
      return { ...l, hidden: [...l.hidden, id], count: knownCount ?? (wasPublic ? l.count - 1 : l.count) };
    });
  }
  useLiveReplies(comment.id, (e) => {
    if (e.type === "reply.created") return add(e.reply, e.replyCount);
    if (e.type === "reply.edited") return replace(e.reply);
    remove(e.id, e.replyCount); // the server's count after it
  });

  return {
    items,
    nextCursor: page?.nextCursor ?? null,
    count: local.count,
    postedPending: local.postedPending,
    isLoading: needsLoad,
    isLoadingMore,
    error,
    loadMore,
    retry: () => setError(null),
    add,
    replace,
    remove,
  };
}

export type RepliesThread = ReturnType<typeof useReplies>;
