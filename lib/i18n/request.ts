import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, LOCALES, type Locale } from "@/lib/i18n/config";
import { match } from "@formatjs/intl-localematcher";
import Negotiator from "negotiator";
import { getRequestConfig } from "next-intl/server";
import { cookies, headers } from "next/headers";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** The reader's language: their saved choice, else the best match for Accept-Language. */
export async function resolveLocale(): Promise<Locale> {
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
  const locale = await resolveLocale();
  return { locale, messages: loadMessages(locale), timeZone: "Asia/Shanghai" };
});
