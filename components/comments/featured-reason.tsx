"use client";

import { useTranslations } from "next-intl";

/** "精选理由 / Why featured: …" under a featured comment's body (the server sends it only while featured). */
export function FeaturedReason({ reason }: { reason: string }) {
  const t = useTranslations("faq");
  return (
    <p className="mt-2 rounded-md bg-accent-soft/60 px-2.5 py-1.5 text-sm text-ink">
      <span className="font-semibold text-accent-strong">{t("whyFeatured")}</span> {reason}
    </p>
  );
}
