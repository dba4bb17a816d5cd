import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/config";
import en from "@/lib/i18n/messages/en/mail.json";
import zh from "@/lib/i18n/messages/zh-CN/mail.json";
import type { Mail } from "@/lib/mail/transport";
import { createTranslator } from "next-intl";
import "server-only";

const MESSAGES = { en, "zh-CN": zh } satisfies Record<Locale, typeof en>;

export type MailKind = "reset" | "featured" | "answered" | "linked" | "essayPublished" | "essayReturned" | "digest";

type Content = {
  kind: MailKind;
  to: { email: string; name: string; locale: string | null };
  title?: string;
  note?: string | null;
  /** Paragraphs after the body, already in the recipient's language (the weekly digest's figures). */
  paragraphs?: string[];
  /** Where the mail's button leads (absolute). */
  actionUrl: string;
  /** One-click unsubscribe (absolute); notification mails only. */
  unsubscribeUrl?: string;
};

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

export const mailTranslator = (locale: Locale) => createTranslator({ locale, messages: MESSAGES[locale] });

/** The mail in the recipient's language: plain text and a simple HTML twin. */
export function renderMail(c: Content): Mail {
  const t = mailTranslator(isLocale(c.to.locale) ? c.to.locale : DEFAULT_LOCALE);
  const vars = { title: c.title ?? "" };
  const lines = [
    t("greeting", { name: c.to.name }),
    t(`${c.kind}.body`, vars),
    ...(c.paragraphs ?? []),
    ...(c.note ? [t("note", { note: c.note })] : []),
  ];
  const tail = c.kind === "reset" ? [t("reset.ignore")] : [];
  const footer = [t("footer"), ...(c.unsubscribeUrl ? [`${t("unsubscribe")}: ${c.unsubscribeUrl}`] : [])];
  const text = [...lines, `${t(`${c.kind}.action`)}: ${c.actionUrl}`, ...tail, "--", ...footer].join("\n\n");
  const p = (s: string) => `<p>${escape(s)}</p>`;
  const html = [
    '<div style="font-family:sans-serif;line-height:1.6;max-width:560px">',
    ...lines.map(p),
    `<p><a href="${escape(c.actionUrl)}" style="display:inline-block;padding:8px 16px;background:#0f766e;color:#fff;border-radius:6px;text-decoration:none">${escape(t(`${c.kind}.action`))}</a></p>`,
    ...tail.map(p),
    `<p style="color:#6b7280;font-size:13px">${escape(t("footer"))}`,
    c.unsubscribeUrl ? ` <a href="${escape(c.unsubscribeUrl)}">${escape(t("unsubscribe"))}</a>` : "",
    "</p></div>",
  ].join("");
  const headers = c.unsubscribeUrl
    ? { "List-Unsubscribe": `<${c.unsubscribeUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" }
    : undefined;
  return { to: c.to.email, subject: t(`${c.kind}.subject`, vars), text, html, ...(headers && { headers }) };
}
