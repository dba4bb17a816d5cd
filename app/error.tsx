"use client";

import { buttonPrimary, card } from "@/components/ui/styles";
import { useTranslations } from "next-intl";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <div className={`${card} mx-auto mt-12 max-w-lg p-8 text-center`}>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-3 text-muted">{t("unavailable")}</p>
      <button type="button" onClick={reset} className={`${buttonPrimary} mt-6`}>
        {t("retry")}
      </button>
    </div>
  );
}
