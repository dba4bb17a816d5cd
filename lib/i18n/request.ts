import { FALLBACK_TIME_ZONE, isTimeZone, TIME_ZONE_COOKIE } from "@/lib/accounts/time-zones";
import { getViewerPreferences } from "@/lib/auth/session";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, LOCALES, type Locale } from "@/lib/i18n/config";
import { match } from "@formatjs/intl-localematcher";
import Negotiator from "negotiator";
import { getRequestConfig } from "next-intl/server";
import { cookies, headers } from "next/headers";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * The reader's language: the one their account saved (it follows them to every browser), else
 * the one this browser chose, else the best match for Accept-Language.
 */
export async function resolveLocale(): Promise<Locale> {
  const account = (await getViewerPreferences())?.locale;
  if (isLocale(account)) return account;
  const saved = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(saved)) return saved;
  const accept = (await headers()).get("accept-language") ?? "";
  const wanted = new Negotiator({ headers: { "accept-language": accept } }).languages();
  try {
    return match(wanted, LOCALES, DEFAULT_LOCALE) as Locale;
  } catch {
    return DEFAULT_LOCALE; // malformed header
  }
}

/** The zone dates show in: the account's saved zone, else the one the browser reported. */
export async function resolveTimeZone(): Promise<string> {
  const account = (await getViewerPreferences())?.timeZone;
  if (account && isTimeZone(account)) return account;
  const browser = (await cookies()).get(TIME_ZONE_COOKIE)?.value;
  return browser && isTimeZone(browser) ? browser : FALLBACK_TIME_ZONE;
}

// One JSON file per namespace (lib/i18n/messages/<locale>/<namespace>.json), read once.
const MESSAGES_DIR = path.join(process.cwd(), "lib/i18n/messages");
const loaded = new Map<Locale, Record<string, unknown>>();

export function loadMessages(locale: Locale): Record<string, unknown> {
  let messages = loaded.get(locale);
  if (!messages) {
    const dir = path.join(MESSAGES_DIR, locale);
    messages = Object.fromEntries(
      readdirSync(dir)
        .filter((f) => f.endsWith(".json"))
        .map((f) => [f.slice(0, -".json".length), JSON.parse(readFileSync(path.join(dir, f), "utf8"))]),
    );
    loaded.set(locale, messages);
  }
  return messages;
}

export default getRequestConfig(async () => {
  const [locale, timeZone] = await Promise.all([resolveLocale(), resolveTimeZone()]);
  return { locale, messages: loadMessages(locale), timeZone };
});
