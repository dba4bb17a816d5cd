import { SiteHeader } from "@/components/site-header";
import { TimeZoneSync } from "@/components/time-zone-sync";
import { getViewerPreferences } from "@/lib/auth/session";
import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTimeZone, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import "./globals.css";

/**
 * Messages no client component outside the studio and admin reads (those two layouts hand all
 * messages to their pages), or only the server reads: kept out of every reader's page.
 */
const NOT_FOR_READERS = new Set([
  "studio",
  "workspace",
  "editor",
  "invites",
  "members",
  "admin",
  "admin-users",
  "audit",
  "mail",
  "meta",
  "home",
  "article",
  "search",
  "recap",
]);

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta");
  return { title: { default: t("title"), template: `%s · ${t("title")}` }, description: t("description") };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, timeZone, preferences, t, messages] = await Promise.all([
    getLocale(),
    getTimeZone(),
    getViewerPreferences(),
    getTranslations("nav"),
    getMessages(),
  ]);
  const readerMessages = Object.fromEntries(Object.entries(messages).filter(([ns]) => !NOT_FOR_READERS.has(ns)));
  return (
    <html lang={locale}>
      <body className="min-h-screen">
        <a
          href="#content"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-card focus:px-3 focus:py-2"
        >
          {t("skip")}
        </a>
        <NextIntlClientProvider messages={readerMessages}>
          <TimeZoneSync zone={timeZone} isSaved={!!preferences?.timeZone} />
          <SiteHeader />
          <main id="content" className="mx-auto w-full max-w-5xl px-4 pb-24 pt-6 sm:px-6">
            {children}
          </main>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
