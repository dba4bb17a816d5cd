"use client";

import type { CommentDTO, CommentSort, Page } from "@/lib/comments/schema";
import { useRef, useState } from "react";
import { callApi, type ApiFailure } from "./api";

export type FeedScope = "featured" | "all";
type Phase = "idle" | "refreshing" | "more";
type FeedState = {
  items: CommentDTO[];
  nextCursor: string | null;
  sort: CommentSort;
  scope: FeedScope;
  phase: Phase;
  /** The last failed request, and whether it was a refresh or a "load more". */
  error: { failure: ApiFailure; during: "refresh" | "more" } | null;
};

const PAGE_SIZE = 20;
const isCounted = (c: CommentDTO) => c.status === "featured" && !c.isDeleted;

/**
 * The comment list of an article: starts from the server-rendered first page, then
 * re-queries the API on sort or scope changes and appends "load more" pages. Only the
 * newest request may change the list, so quick clicks cannot interleave pages.
 */
export function useCommentFeed(articleId: string, initial: Page<CommentDTO>, initialCount: number) {
  const [state, setState] = useState<FeedState>({
    ...initial,
    sort: "top",
    scope: "featured",
    phase: "idle",
    error: null,
  });
  const [featuredCount, setFeaturedCount] = useState(initialCount);
  const latest = useRef(0);

  async function load(sort: CommentSort, scope: FeedScope, cursor: string | null) {
    const request = ++latest.current;
    setState((s) => ({ ...s, sort, scope, phase: cursor ? "more" : "refreshing", error: null }));
    const query = new URLSearchParams({ sort, status: scope, limit: String(PAGE_SIZE), ...(cursor && { cursor }) });
    const res = await callApi<Page<CommentDTO>>(`/api/articles/${articleId}/comments?${query}`);
    if (request !== latest.current) return;
    if (!res.ok)
      return setState((s) => ({ ...s, phase: "idle", error: { failure: res, during: cursor ? "more" : "refresh" } }));
    setState((s) => {
      const fresh = cursor ? res.data.items.filter((c) => !s.items.some((x) => x.id === c.id)) : res.data.items;
      return { ...s, phase: "idle", nextCursor: res.data.nextCursor, items: cursor ? [...s.items, ...fresh] : fresh };
    });
  }

  return {
    ...state,
    featuredCount,
    isRefreshing: state.phase === "refreshing",
    isLoadingMore: state.phase === "more",
    setSort: (sort: CommentSort) => load(sort, state.scope, null),
    toggleScope: () => load(state.sort, state.scope === "all" ? "featured" : "all", null),
    loadMore: () => (state.nextCursor ? load(state.sort, state.scope, state.nextCursor) : undefined),
    reload: () => load(state.sort, state.scope, null),
    prepend: (comment: CommentDTO) =>
      setState((s) => ({ ...s, items: [comment, ...s.items.filter((c) => c.id !== comment.id)] })),
    replace: (prev: CommentDTO, next: CommentDTO) => {
      setState((s) => ({ ...s, items: s.items.map((c) => (c.id === next.id ? next : c)) }));
      setFeaturedCount((n) => Math.max(0, n + Number(isCounted(next)) - Number(isCounted(prev))));
    },
  };
}

export type CommentFeed = ReturnType<typeof useCommentFeed>;
