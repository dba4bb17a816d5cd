"use client";

import { callApi } from "@/components/ui/api";
import type { CommentDTO } from "@/lib/comments/schema";
import type { QueueItemDTO, QueuePage, QueueQuery } from "@/lib/studio/schema";
import { useRef, useState } from "react";

export type QueueFilter = Pick<QueueQuery, "courseId" | "articleId" | "kind">;

/** Keep at least this many items on screen while the server has more. */
const LOW_WATER = 5;
/** A re-read within this long after an item was acted on here does not bring it back (the action may still be in flight). */
const ACTED_ON_MS = 10_000;

const newestFirst = (a: QueueItemDTO, b: QueueItemDTO) =>
  a.createdAt === b.createdAt ? (a.id < b.id ? 1 : -1) : a.createdAt < b.createdAt ? 1 : -1;

/** The query string of the queue API for `filter` (and a page's cursor). */
export function queueParams(filter: QueueFilter, cursor?: string): URLSearchParams {
  const params = new URLSearchParams({ kind: filter.kind });
  if (cursor) params.set("cursor", cursor);
  if (filter.courseId) params.set("courseId", filter.courseId);
  if (filter.articleId) params.set("articleId", filter.articleId);
  return params;
}

/**
 * The queue in the browser: items leave at once when acted on (and come back, with an
 * error, if the server refuses), the next page loads by itself as the list runs low,
 * `refreshHead` merges in what arrived meanwhile and `refreshItems` shows edits (live updates).
 */
export function useQueue(initial: QueuePage, filter: QueueFilter) {
  const [items, setItems] = useState(initial.items);
  const [nextCursor, setNextCursor] = useState(initial.nextCursor);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<"idle" | "loading" | "error">("idle");
  /** Items that arrived live, marked "New" until acted on. */
  const [arrivedIds, setArrivedIds] = useState<ReadonlySet<string>>(new Set());
  /** Items whose comment changed since the page showed it, marked "Edited". */
  const [editedIds, setEditedIds] = useState<ReadonlySet<string>>(new Set());
  const loading = useRef(false);
  const actedOn = useRef(new Map<string, number>());

  async function loadMore() {
    if (!nextCursor || loading.current) return;
    loading.current = true;
    setStatus("loading");
    const res = await callApi<QueuePage>(`/api/studio/queue?${queueParams(filter, nextCursor)}`);
    loading.current = false;
    if (!res.ok) return setStatus("error");
    setItems((list) => [...list, ...res.data.items.filter((n) => !list.some((i) => i.id === n.id))]);
    setNextCursor(res.data.nextCursor);
    setStatus("idle");
  }

  function remove(ids: string[]) {
    const gone = new Set(ids);
    for (const id of ids) actedOn.current.set(id, Date.now());
    setItems((list) => list.filter((i) => !gone.has(i.id)));
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([id]) => !gone.has(id))));
    if (items.filter((i) => !gone.has(i.id)).length < LOW_WATER) void loadMore();
  }

  function restore(back: QueueItemDTO[], message: string) {
    for (const b of back) actedOn.current.delete(b.id);
    setItems((list) => [...list.filter((i) => !back.some((b) => b.id === i.id)), ...back].sort(newestFirst));
    setErrors((e) => ({ ...e, ...Object.fromEntries(back.map((b) => [b.id, message])) }));
  }

  /**
   * Re-reads the first page and merges it in. Returns how many items arrived, and the ids
   * shown here that the first page should list but does not: dealt with elsewhere.
   */
  async function refreshHead(): Promise<{ arrived: number; goneIds: string[] }> {
    const res = await callApi<QueuePage>(`/api/studio/queue?${queueParams(filter)}`);
    if (!res.ok) return { arrived: 0, goneIds: [] };
    const head = res.data.items;
    const now = Date.now();
    for (const [id, at] of actedOn.current) if (now - at > ACTED_ON_MS) actedOn.current.delete(id);
    const oldest = head.at(-1);
    const isCovered = (i: QueueItemDTO) =>
      !res.data.nextCursor || (oldest !== undefined && newestFirst(i, oldest) <= 0);
    const listed = new Set(head.map((i) => i.id));
    const goneIds = items.filter((i) => isCovered(i) && !listed.has(i.id)).map((i) => i.id);
    const arrived = head.filter((i) => !actedOn.current.has(i.id) && !items.some((s) => s.id === i.id));
    if (arrived.length > 0) {
      setItems((list) => [...list, ...arrived.filter((a) => !list.some((i) => i.id === a.id))].sort(newestFirst));
      setArrivedIds((s) => new Set([...s, ...arrived.map((a) => a.id)]));
    }
    return { arrived: arrived.length, goneIds };
  }

  /** Re-reads the comments of these items; returns how many changed (they are shown as they are now). */
  async function refreshItems(ids: string[]): Promise<number> {
    const shown = items.filter((i) => ids.includes(i.id));
    const fresh = await Promise.all(shown.map((i) => callApi<CommentDTO>(`/api/comments/${i.comment.id}`)));
    const changed = new Map<string, CommentDTO>();
    fresh.forEach((res, n) => {
      const item = shown[n]!;
      if (res.ok && res.data.updatedAt !== item.comment.updatedAt) changed.set(item.id, res.data);
    });
    if (changed.size === 0) return 0;
    setItems((list) => list.map((i) => ({ ...i, comment: changed.get(i.id) ?? i.comment })));
    setEditedIds((s) => new Set([...s, ...changed.keys()]));
    return changed.size;
  }

  return {
    items,
    errors,
    nextCursor,
    status,
    arrivedIds,
    editedIds,
    remove,
    restore,
    loadMore,
    refreshHead,
    refreshItems,
  };
}

export type Queue = ReturnType<typeof useQueue>;
