"use client";

import { callApi } from "@/components/ui/api";
import { buttonSecondary } from "@/components/ui/styles";
import type { SearchPage, SearchResultDTO } from "@/lib/search/schema";
import { useEffect, useRef, useState } from "react";
import { ResultItem, type KindLabels } from "./result-item";

export type MoreLabels = { more: string; loading: string; failed: string; kinds: KindLabels };

/**
 * The results after the first page. Without script "More results" is a link to the page that
 * continues from the cursor; with it, the next page is fetched and appended here, and focus
 * moves to its first result so keyboard and screen reader users continue where they were.
 */
export function MoreResults({
  courseSlug,
  q,
  cursor,
  labels,
}: {
  courseSlug: string;
  q: string;
  cursor: string;
  labels: MoreLabels;
}) {
  const [items, setItems] = useState<SearchResultDTO[]>([]);
  const [next, setNext] = useState<string | null>(cursor);
  const [state, setState] = useState<"idle" | "loading" | "failed">("idle");
  const [focusAt, setFocusAt] = useState(-1);
  const firstNew = useRef<HTMLAnchorElement>(null);
  useEffect(() => firstNew.current?.focus(), [focusAt]);

  const params = (c: string) => new URLSearchParams({ q, cursor: c }).toString();

  async function loadMore(event: React.MouseEvent) {
    if (!next || state === "loading") return;
    event.preventDefault();
    setState("loading");
    const res = await callApi<SearchPage>(`/api/courses/${encodeURIComponent(courseSlug)}/search?${params(next)}`);
    if (!res.ok) return setState("failed");
    setFocusAt(items.length);
    setItems((shown) => [...shown, ...res.data.items]);
    setNext(res.data.nextCursor);
    setState("idle");
  }

  return (
    <>
      {items.length > 0 && (
        <ol className="list-none">
          {items.map((result, i) => (
            <ResultItem
              key={`${result.kind}:${result.id}`}
              result={result}
              kindLabels={labels.kinds}
              linkRef={i === focusAt ? firstNew : undefined}
            />
          ))}
        </ol>
      )}
      <p role="status" className="sr-only">
        {state === "loading" ? labels.loading : ""}
      </p>
      {state === "failed" && (
        <p role="alert" className="mt-3 text-sm text-red-700">
          {labels.failed}
        </p>
      )}
      {next && (
        <a
          href={`/courses/${encodeURIComponent(courseSlug)}/search?${params(next)}`}
          onClick={loadMore}
          aria-disabled={state === "loading"}
          className={`${buttonSecondary} mt-4`}
        >
          {state === "loading" ? labels.loading : labels.more}
        </a>
      )}
    </>
  );
}
