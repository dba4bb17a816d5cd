"use client";

import { callApi } from "@/components/ui/api";
import { LOCALE_COOKIE, LOCALES, type Locale } from "@/lib/i18n/config";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";

const NAMES: Record<(typeof LOCALES)[number], string> = { en: "English", "zh-CN": "简体中文" };

/** Saves the choice in this browser, and in the account when signed in (it wins over the browser's). */
export async function chooseLocale(locale: Locale, isSignedIn: boolean): Promise<boolean> {
  if (isSignedIn && !(await callApi("/api/me", "PATCH", { locale })).ok) return false;
  document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=31536000; samesite=lax`;
  return true;
}

export function LocaleSwitcher({ isSignedIn }: { isSignedIn: boolean }) {
  const t = useTranslations("nav");
  const locale = useLocale();
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  return (
    <label className="flex items-center gap-1 text-muted">
      <span className="sr-only">{t("language")}</span>
      <select
        name="locale"
        value={locale}
        disabled={isPending}
        onChange={(e) => {
          const chosen = e.target.value as Locale;
          startTransition(async () => {
            if (await chooseLocale(chosen, isSignedIn)) router.refresh();
          });
        }}
        className="rounded-md border border-line bg-card px-2 py-1 text-sm text-ink"
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
