"use client";

import { useApiError } from "@/components/ui/api";
import { buttonSecondary, card, errorText } from "@/components/ui/styles";
import type { PagedList } from "@/components/ui/use-paged-list";
import type { ReactNode } from "react";

type Props = {
  /** The list's state, from usePagedList. */
  list: PagedList;
  /** The list's namespace: each list words these its own way ("title" names the list). */
  t: (key: "title" | "loading" | "failed" | "retry" | "loadMore") => string;
  /** What the status line says while nothing loads (what the last action did, say). */
  notice?: string;
  /** Shown instead of the list when it is empty; text becomes a quiet note in a card. */
  empty: ReactNode;
  /** The grid classes the rows use, so the column names line up over them. */
  grid: string;
  columns: ReactNode;
  children: ReactNode;
};

/**
 * What every paged list around a table shows (admin users, audit, course members): the status
 * line, the error with "Retry", the empty state, the rows under their column names, "Load more".
 * Renders siblings, so it sits in the panel's own spacing after its filters.
 */
export function PagedListFrame(props: Props) {
  const { list, t, empty } = props;
  const { loading, error } = list;
  const describe = useApiError();
  return (
    <>
      <p role="status" className="min-h-5 text-sm text-accent-strong">
        {loading ? t("loading") : (props.notice ?? "")}
      </p>

      {error && (
        <div role="alert" className="flex flex-wrap items-center gap-3">
          <p className={errorText}>{describe(error, { network: t("failed") })}</p>
          <button type="button" className={buttonSecondary} onClick={() => void list.retry()}>
            {t("retry")}
          </button>
        </div>
      )}

      {list.page.items.length === 0 && !loading && !error ? (
        typeof empty === "string" ? (
          <p className={`${card} p-6 text-muted`}>{empty}</p>
        ) : (
          empty
        )
      ) : (
        <div className={`${card} overflow-hidden`}>
          {/* Column names for sighted readers; each cell carries its own for screen readers. */}
          <div
            aria-hidden="true"
            className={`${props.grid} hidden border-b border-line bg-paper px-4 py-2 text-xs font-semibold uppercase tracking-wide text-muted sm:grid`}
          >
            {props.columns}
          </div>
          <ul className="divide-y divide-line" aria-label={t("title")} aria-busy={loading}>
            {props.children}
          </ul>
        </div>
      )}

      {list.page.nextCursor && (
        <button type="button" className={buttonSecondary} disabled={loading} onClick={() => void list.loadMore()}>
          {loading ? t("loading") : t("loadMore")}
        </button>
      )}
    </>
  );
}
