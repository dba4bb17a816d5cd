"use client";

import { buttonQuiet } from "@/components/ui/styles";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";

type Props = {
  count: number;
  hasMore: boolean;
  /** The ids that select-all picks, or null where the list has no multi-select. */
  selectable: string[] | null;
  selected: Set<string>;
  onSelectAll: (all: boolean) => void;
  onBulk: (action: "feature" | "hide") => void;
  onHelp: () => void;
  announcement: string;
};

const bulkButton =
  "inline-flex items-center rounded-md border px-2.5 py-1 text-sm font-semibold transition disabled:cursor-not-allowed disabled:opacity-50";

/** Above the queue: how much waits, select all, bulk feature and hide, what just happened, and the shortcuts. */
export function BulkBar({ count, hasMore, selectable, selected, onSelectAll, onBulk, onHelp, announcement }: Props) {
  const t = useTranslations("studio.queue");
  const box = useRef<HTMLInputElement>(null);
  const chosen = (selectable ?? []).filter((id) => selected.has(id)).length;
  const isAll = chosen > 0 && chosen === selectable?.length;

  useEffect(() => {
    if (box.current) box.current.indeterminate = chosen > 0 && !isAll;
  }, [chosen, isAll]);

  return (
    <div className="sticky top-0 z-10 -mx-1 flex flex-wrap items-center gap-x-3 gap-y-2 rounded-xl border border-line bg-card/95 px-4 py-2.5 shadow-sm backdrop-blur">
      {selectable && (
        <input
          ref={box}
          type="checkbox"
          checked={isAll}
          disabled={selectable.length === 0}
          onChange={(e) => onSelectAll(e.target.checked)}
          aria-label={t("selectAll")}
          className="size-4 accent-[var(--color-accent)]"
        />
      )}
      {chosen > 0 ? (
        <>
          <span className="text-sm font-semibold">{t("selected", { count: chosen })}</span>
          <button
            type="button"
            onClick={() => onBulk("feature")}
            className={`${bulkButton} border-accent/40 bg-accent-soft text-accent-strong hover:bg-accent hover:text-white`}
          >
            {t("featureSelected")}
          </button>
          <button
            type="button"
            onClick={() => onBulk("hide")}
            className={`${bulkButton} border-line bg-card text-ink hover:border-red-300 hover:bg-red-50 hover:text-red-800`}
          >
            {t("hideSelected")}
          </button>
          <button type="button" onClick={() => onSelectAll(false)} className={buttonQuiet}>
            {t("clearSelection")}
          </button>
        </>
      ) : (
        <span className="text-sm font-medium text-muted">
          {t("count", { count })}
          {hasMore && <> · {t("more")}</>}
        </span>
      )}
      {/* On a phone a message gets a line of its own; wider, it sits beside the counts. */}
      <p
        role="status"
        className={`${announcement ? "order-last basis-full" : ""} min-w-0 flex-1 text-sm text-accent-strong sm:order-none sm:basis-auto sm:truncate sm:text-right`}
      >
        {announcement}
      </p>
      <button type="button" onClick={onHelp} aria-keyshortcuts="?" className={`${buttonQuiet} shrink-0`}>
        {t("shortcuts")}
        <kbd aria-hidden="true" className="rounded border border-line bg-paper px-1.5 font-mono text-xs font-semibold">
          ?
        </kbd>
      </button>
    </div>
  );
}
