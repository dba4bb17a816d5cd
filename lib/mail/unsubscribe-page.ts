import { LOCALES } from "@/lib/i18n/config";
import { mailTranslator } from "@/lib/mail/templates";
import type { MailSwitch } from "@/lib/mail/unsubscribe";
import "server-only";

/** The small page an unsubscribe link answers, in every language (no session to pick one). */
export function unsubscribePage(kind: MailSwitch): string {
  const sections = LOCALES.map((locale) => {
    const t = mailTranslator(locale);
    return `<section lang="${locale}"><h1>${t("unsubscribed.title")}</h1><p>${t("unsubscribed.body", {
      kind: t(`unsubscribed.kinds.${kind}`),
    })}</p><p><a href="/settings">${t("unsubscribed.settings")}</a></p></section>`;
  });
  return `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${mailTranslator("en")("unsubscribed.title")}</title></head><body style="font-family:sans-serif;max-width:560px;margin:48px auto;padding:0 16px;line-height:1.6">${sections.join("<hr>")}</body></html>`;
}
