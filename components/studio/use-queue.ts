"use client";

import { callApi } from "@/components/comments/api";
import type { QueueItemDTO, QueuePage, QueueQuery } from "@/lib/studio/schema";
import { useRef, useState } from "react";

export type QueueFilter = Pick<QueueQuery, "courseId" | "articleId" | "kind">;

/** Keep at least this many items on screen while the server has more. */
const LOW_WATER = 5;

const newestFirst = (a: QueueItemDTO, b: QueueItemDTO) =>
  a.createdAt === b.createdAt ? (a.id < b.id ? 1 : -1) : a.createdAt < b.createdAt ? 1 : -1;

/**
 * The queue in the browser: items leave at once when acted on (and come back, with an
 * error, if the server refuses), and the next page loads by itself as the list runs low.
 */
export function useQueue(initial: QueuePage, filter: QueueFilter) {
  const [items, setItems] = useState(initial.items);
  const [nextCursor, setNextCursor] = useState(initial.nextCursor);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<"idle" | "loading" | "error">("idle");
  const loading = useRef(false);

  async function loadMore() {
    if (!nextCursor || loading.current) return;
    loading.current = true;
    setStatus("loading");
    const params = new URLSearchParams({ kind: filter.kind, cursor: nextCursor });
    if (filter.courseId) params.set("courseId", filter.courseId);
    if (filter.articleId) params.set("articleId", filter.articleId);
    const res = await callApi<QueuePage>(`/api/studio/queue?${params}`);
    loading.current = false;
    if (!res.ok) return setStatus("error");
    setItems((list) => [...list, ...res.data.items.filter((n) => !list.some((i) => i.id === n.id))]);
    setNextCursor(res.data.nextCursor);
    setStatus("idle");
  }

  function remove(ids: string[]) {
    const gone = new Set(ids);
    setItems((list) => list.filter((i) => !gone.has(i.id)));
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([id]) => !gone.has(id))));
    if (items.filter((i) => !gone.has(i.id)).length < LOW_WATER) void loadMore();
  }

  function restore(back: QueueItemDTO[], message: string) {
    setItems((list) => [...list.filter((i) => !back.some((b) => b.id === i.id)), ...back].sort(newestFirst));
    setErrors((e) => ({ ...e, ...Object.fromEntries(back.map((b) => [b.id, message])) }));
  }

  function update(id: string, change: (item: QueueItemDTO) => QueueItemDTO) {
    setItems((list) => list.map((i) => (i.id === id ? change(i) : i)));
  }

  return { items, errors, nextCursor, status, remove, restore, update, loadMore };
}

export type Queue = ReturnType<typeof useQueue>;
