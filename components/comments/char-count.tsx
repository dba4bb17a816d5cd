"use client";

import { useTranslations } from "next-intl";

/** Live "123 / 2,000" under a textarea; turns red past the limit. */
export function CharCount({ id, length, max }: { id: string; length: number; max: number }) {
  const t = useTranslations("comments");
  return (
    <p id={id} className={`text-xs tabular-nums ${length > max ? "font-semibold text-red-700" : "text-muted"}`}>
      {t("counter", { count: length, max })}
    </p>
  );
}
