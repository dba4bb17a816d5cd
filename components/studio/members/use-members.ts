"use client";

import { callApi, type ApiFailure } from "@/components/ui/api";
import type { Page } from "@/lib/comments/schema";
import type { MemberDTO, MemberRoleName } from "@/lib/courses/member-schema";
import { useEffect, useRef, useState } from "react";

export type MemberFilter = { q: string; role: MemberRoleName | "" };

const listUrl = (slug: string, f: MemberFilter, cursor?: string) => {
  const params = new URLSearchParams();
  if (f.q.trim()) params.set("q", f.q.trim());
  if (f.role) params.set("role", f.role);
  if (cursor) params.set("cursor", cursor);
  const qs = params.toString();
  return `/api/courses/${slug}/members${qs ? `?${qs}` : ""}`;
};

/**
 * The members list as the studio shows it: the server's first page, then a new first page
 * whenever the search or the role filter changes (typing is debounced; a late answer for an
 * older filter is dropped), and "Load more" pages after it.
 */
export function useMembers(slug: string, first: Page<MemberDTO>) {
  const [filter, setFilter] = useState<MemberFilter>({ q: "", role: "" });
  const [page, setPage] = useState(first);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<ApiFailure | null>(null);
  const request = useRef(0);
  const initial = useRef(true);

  async function load(f: MemberFilter, cursor?: string) {
    const id = ++request.current;
    setLoading(true);
    setError(null);
    const res = await callApi<Page<MemberDTO>>(listUrl(slug, f, cursor));
    if (id !== request.current) return;
    setLoading(false);
    if (!res.ok) return setError(res);
    setPage((prev) =>
      cursor ? { items: [...prev.items, ...res.data.items], nextCursor: res.data.nextCursor } : res.data,
    );
  }

  useEffect(() => {
    if (initial.current) {
      initial.current = false;
      return;
    }
    const timer = setTimeout(() => void load(filter), 250);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- load reads only slug and the filter given
  }, [filter]);

  return {
    filter,
    setFilter,
    page,
    loading,
    error,
    loadMore: () => page.nextCursor && load(filter, page.nextCursor),
    retry: () => load(filter),
    replace: (m: MemberDTO) => setPage((p) => ({ ...p, items: p.items.map((x) => (x.user.id === m.user.id ? m : x)) })),
    drop: (userId: string) => setPage((p) => ({ ...p, items: p.items.filter((x) => x.user.id !== userId) })),
  };
}
