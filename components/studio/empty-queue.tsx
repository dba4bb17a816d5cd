"use client";

import { card } from "@/components/ui/styles";
import { useTranslations } from "next-intl";
import type { Ref } from "react";

/** "All clear": the heading takes the focus when the last item leaves, so keyboard users know. */
export function EmptyQueue({
  headingRef,
  variant,
}: {
  headingRef: Ref<HTMLHeadingElement>;
  variant: "queue" | "reports";
}) {
  const t = useTranslations(variant === "reports" ? "studio.reports" : "studio.queue");
  return (
    <div className={`${card} flex flex-col items-center px-6 py-16 text-center`}>
      <span
        aria-hidden="true"
        className="flex size-14 items-center justify-center rounded-full bg-accent-soft text-2xl font-bold text-accent-strong"
      >
        ✓
      </span>
      <h2 ref={headingRef} tabIndex={-1} className="mt-4 text-xl font-bold outline-none">
        {t("emptyTitle")}
      </h2>
      <p className="mt-2 max-w-sm text-muted">{t("emptyBody")}</p>
    </div>
  );
}
