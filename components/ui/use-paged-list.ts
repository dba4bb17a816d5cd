"use client";

import { callApi, type ApiFailure } from "@/components/ui/api";
import type { Page } from "@/lib/comments/schema";
import { useEffect, useRef, useState } from "react";

/** `base?filters&cursor=`, leaving out empty filters. */
const listUrl = (base: string, filter: Record<string, string>, cursor?: string) => {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(filter)) if (v.trim()) params.set(k, v.trim());
  if (cursor) params.set("cursor", cursor);
  const qs = params.toString();
  return qs ? `${base}?${qs}` : base;
};

/**
 * A keyset-paged list with filters (admin users and audit, studio members): the server's first
 * page, then a new first page whenever the filters change (typing is debounced; a late answer
 * for older filters is dropped), and "Load more" pages after it.
 */
export function usePagedList<T, F extends Record<string, string>>(base: string, first: Page<T>, initial: F) {
  const [filter, setFilter] = useState<F>(initial);
  const [page, setPage] = useState(first);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<ApiFailure | null>(null);
  const request = useRef(0);
  const mounted = useRef(false);

  async function load(f: F, cursor?: string) {
    const id = ++request.current;
    setLoading(true);
    setError(null);
    const res = await callApi<Page<T>>(listUrl(base, f, cursor));
    if (id !== request.current) return;
    setLoading(false);
    if (!res.ok) return setError(res);
    setPage((prev) =>
      cursor ? { items: [...prev.items, ...res.data.items], nextCursor: res.data.nextCursor } : res.data,
    );
  }

  useEffect(() => {
    if (!mounted.current) {
      mounted.current = true;
      return;
    }
    const timer = setTimeout(() => void load(filter), 250);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- load reads only the base and the filter given
  }, [filter]);

  return {
    filter,
    setFilter,
    page,
    loading,
    error,
    loadMore: () => page.nextCursor && load(filter, page.nextCursor),
    retry: () => load(filter),
    replace: (match: (x: T) => boolean, next: T) =>
      setPage((p) => ({ ...p, items: p.items.map((x) => (match(x) ? next : x)) })),
    drop: (match: (x: T) => boolean) => setPage((p) => ({ ...p, items: p.items.filter((x) => !match(x)) })),
  };
}

/** What usePagedList gives a list's frame (components/ui/paged-list-frame.tsx). */
export type PagedList = Pick<ReturnType<typeof usePagedList>, "page" | "loading" | "error" | "retry" | "loadMore">;
