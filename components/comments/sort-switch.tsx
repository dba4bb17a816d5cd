"use client";

import type { CommentSort } from "@/lib/comments/schema";
import { useTranslations } from "next-intl";

const SORTS: CommentSort[] = ["top", "new"];

export function SortSwitch({ value, onChange }: { value: CommentSort; onChange: (sort: CommentSort) => void }) {
  const t = useTranslations("comments");
  return (
    <div role="group" aria-label={t("sortLabel")} className="inline-flex rounded-lg border border-line bg-card p-0.5">
      {SORTS.map((sort) => (
        <button
          key={sort}
          type="button"
          aria-pressed={value === sort}
          onClick={() => value !== sort && onChange(sort)}
          className="rounded-md px-3 py-1 text-sm font-medium text-muted transition hover:text-ink aria-pressed:bg-accent-soft aria-pressed:text-accent-strong"
        >
          {sort === "top" ? t("sortTop") : t("sortNew")}
        </button>
      ))}
    </div>
  );
}
