"use client";

import { callApi } from "@/components/ui/api";
import { buttonSecondary, errorText } from "@/components/ui/styles";
import type { Page } from "@/lib/comments/schema";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";

/**
 * The pages after a server-rendered first page: `url(cursor)` answers `{items, nextCursor}`.
 * Items the first page shows (`shownIds`, which a refresh may change) are left out, so an
 * item never appears twice.
 */
export function useMorePages<T extends { id: string }>(
  url: (cursor: string) => string,
  firstCursor: string | null,
  shownIds: string[],
) {
  const [items, setItems] = useState<T[]>([]);
  const [cursor, setCursor] = useState(firstCursor);
  const [status, setStatus] = useState<"idle" | "loading" | "error">("idle");
  const isLoading = useRef(false);

  async function loadMore() {
    if (!cursor || isLoading.current) return;
    isLoading.current = true;
    setStatus("loading");
    const res = await callApi<Page<T>>(url(cursor));
    isLoading.current = false;
    if (!res.ok) return setStatus("error");
    setItems((list) => [...list, ...res.data.items.filter((n) => !list.some((i) => i.id === n.id))]);
    setCursor(res.data.nextCursor);
    setStatus("idle");
  }

  const shown = new Set(shownIds);
  return { items: items.filter((i) => !shown.has(i.id)), hasMore: cursor !== null, status, loadMore };
}

/**
 * "Load more" under a list, while the server has more; with its loading and error states.
 * `label` names the button where several lists share a page (it should start with "Load more").
 */
export function LoadMoreButton({
  status,
  onLoad,
  label,
}: {
  status: "idle" | "loading" | "error";
  onLoad: () => void;
  label?: string;
}) {
  const t = useTranslations("essays.more");
  return (
    <div className="mt-4 flex flex-col items-center gap-2">
      {status === "error" && (
        <p role="alert" className={errorText}>
          {t("loadError")}
        </p>
      )}
      <button
        type="button"
        className={buttonSecondary}
        onClick={onLoad}
        disabled={status === "loading"}
        aria-label={status === "loading" ? undefined : label}
      >
        {status === "loading" ? t("loading") : t("loadMore")}
      </button>
    </div>
  );
}
