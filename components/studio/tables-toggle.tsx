"use client";

import { buttonSecondary } from "@/components/ui/styles";
import { useTranslations } from "next-intl";
import { useId, useState, type ReactNode } from "react";

/**
 * The tables behind the charts. Screen readers always have them (visually hidden while
 * collapsed); sighted readers open them with the button.
 */
export function TablesToggle({ children }: { children: ReactNode }) {
  const t = useTranslations("studio.analytics");
  const id = useId();
  const [isOpen, setOpen] = useState(false);
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id={`${id}-heading`} className={isOpen ? "text-lg font-semibold" : "sr-only"}>
          {t("tablesHeading")}
        </h2>
        <button
          type="button"
          className={buttonSecondary}
          aria-expanded={isOpen}
          aria-controls={id}
          onClick={() => setOpen((v) => !v)}
        >
          {isOpen ? t("hideTables") : t("showTables")}
        </button>
      </div>
      {/* Collapsed, nothing inside may scroll: a 1-pixel scroll box would be a region keyboards cannot reach. */}
      <div id={id} className={isOpen ? "grid gap-4 lg:grid-cols-2" : "sr-only [&_.overflow-x-auto]:overflow-visible"}>
        {children}
      </div>
    </section>
  );
}
