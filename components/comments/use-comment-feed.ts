"use client";

import { callApi, type ApiFailure } from "@/components/ui/api";
import { progressWhenFeatured } from "@/lib/comments/progress";
import type { CommentDTO, CommentSort, Page, PublicCommentDTO } from "@/lib/comments/schema";
import { asDeleted, canSeeCommentDTO, commentCan, isCountedAsFeatured } from "@/lib/comments/visibility";
import type { CoursePermissions } from "@/lib/courses/policy";
import type { LiveEventData } from "@/lib/events/schema";
import { useRef, useState } from "react";
import { placeComment } from "./feed-order";

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
  /** "Featured comments (N)": kept with the items, so a change to both is one update. */
  featuredCount: number;
};

const PAGE_SIZE = 20;
/** The viewer as the server rendered the page: live comments get their `can` from it. */
export type FeedViewer = { viewerId: string | null; access: CoursePermissions };

/**
 * The comment list of an article: starts from the server-rendered first page, then
 * re-queries the API on sort or scope changes and appends "load more" pages. Only the
 * newest request may change the list, so quick clicks cannot interleave pages.
 * Live events (`live`) update counts, insert newly featured comments and flip the viewer's
 * own pending comment in place. They and the viewer's own changes (`replace`) may arrive
 * in either order: each compares with the list as it is now, so nothing counts twice.
 * Live comments are public DTOs: what this viewer may do with them comes from the same rule
 * the server applies (commentCan), given the viewer and course access the server rendered.
 */
export function useCommentFeed(articleId: string, initial: Page<CommentDTO>, initialCount: number, viewer: FeedViewer) {
  const [state, setState] = useState<FeedState>({
    ...initial,
    sort: "top",
    scope: "featured",
    phase: "idle",
    error: null,
    featuredCount: initialCount,
  });
  const latest = useRef(0);
  const me = viewer.viewerId ? { id: viewer.viewerId } : null;
  const withCan = (c: PublicCommentDTO): CommentDTO => ({
    ...c,
    can: commentCan(me, viewer.access, c),
    progress: null,
  });

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

  const live = {
    featured: ({ comment, wasFeatured, featuredCount }: LiveEventData["comment.featured"]) =>
      setState((s) => {
        const count = featuredCount ?? s.featuredCount;
        const shown = s.items.find((c) => c.id === comment.id);
        if (shown) {
          // Keep the viewer's own bits: whether they liked it, why it was held (curators), how far it got (its author).
          const merged = {
            ...withCan(comment),
            likedByMe: shown.likedByMe,
            heldReason: shown.heldReason,
            progress: progressWhenFeatured(shown.progress),
          };
          // Pinned or unpinned: it moves where a reload would put it (the full list keeps the server's order).
          const items =
            s.scope === "featured"
              ? placeComment(s.items, merged, s.sort)
              : s.items.map((c) => (c.id === comment.id ? merged : c));
          return { ...s, featuredCount: count, items };
        }
        if (wasFeatured && !comment.pinned) return { ...s, featuredCount: count }; // further down, not loaded here
        // Newly featured (or newly pinned) comments come in at the top, after the pinned ones.
        const at = comment.pinned ? 0 : s.items.findIndex((c) => !(c.pinned && c.status === "featured"));
        const i = at < 0 ? s.items.length : at;
        return { ...s, featuredCount: count, items: [...s.items.slice(0, i), withCan(comment), ...s.items.slice(i)] };
      }),
    unfeatured: ({ id, featuredCount }: LiveEventData["comment.unfeatured"], viewerId: string | null) => {
      const shown = state.items.find((c) => c.id === id);
      // Its author, and curators looking at every status, see its new state: ask the server.
      const needsReload = shown?.status === "featured" && (shown.author.id === viewerId || state.scope === "all");
      setState((s) => ({
        ...s,
        featuredCount,
        items: needsReload ? s.items : s.items.filter((c) => c.id !== id || c.status !== "featured"),
      }));
      if (needsReload) void load(state.sort, state.scope, null);
    },
    deleted: ({ id, featuredCount }: LiveEventData["comment.deleted"]) =>
      setState((s) => ({
        ...s,
        featuredCount,
        // As a reload would show it: a placeholder while it has replies, else gone.
        items: s.items.flatMap((c) => {
          if (c.id !== id) return [c];
          const gone = asDeleted(c);
          return canSeeCommentDTO(me, viewer.access.canCurate, gone) ? [gone] : [];
        }),
      })),
    likes: ({ counts }: LiveEventData["comment.likes"]) =>
      setState((s) => {
        const likeCounts = new Map(counts.map((c) => [c.id, c.likeCount]));
        const changed = (c: CommentDTO) => (likeCounts.get(c.id) ?? c.likeCount) !== c.likeCount;
        if (!s.items.some(changed)) return s;
        return { ...s, items: s.items.map((c) => (changed(c) ? { ...c, likeCount: likeCounts.get(c.id)! } : c)) };
      }),
  };

  return {
    ...state,
    live,
    isRefreshing: state.phase === "refreshing",
    isLoadingMore: state.phase === "more",
    setSort: (sort: CommentSort) => load(sort, state.scope, null),
    toggleScope: () => load(state.sort, state.scope === "all" ? "featured" : "all", null),
    loadMore: () => (state.nextCursor ? load(state.sort, state.scope, state.nextCursor) : undefined),
    reload: () => load(state.sort, state.scope, null),
    prepend: (comment: CommentDTO) =>
      setState((s) => ({ ...s, items: [comment, ...s.items.filter((c) => c.id !== comment.id)] })),
    replace: (prev: CommentDTO, next: CommentDTO) =>
      setState((s) => {
        // Compare with the comment as shown now: a live event may have applied this change
        // already (or taken the comment off the list, and the count with it).
        const current = s.items.find((c) => c.id === prev.id);
        if (!current) return s;
        const featuredCount = Math.max(
          0,
          s.featuredCount + Number(isCountedAsFeatured(next)) - Number(isCountedAsFeatured(current)),
        );
        const items =
          s.scope === "featured"
            ? placeComment(s.items, next, s.sort)
            : s.items.map((c) => (c.id === next.id ? next : c));
        return { ...s, featuredCount, items };
      }),
  };
}

export type CommentFeed = ReturnType<typeof useCommentFeed>;
