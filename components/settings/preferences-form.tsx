"use client";

import { chooseLocale } from "@/components/locale-switcher";
import { callApi, useApiError } from "@/components/ui/api";
import { Field } from "@/components/ui/field";
import { errorText, field } from "@/components/ui/styles";
import type { ProfileDTO, ProfilePatch } from "@/lib/accounts/schema";
import type { TimeZoneOption } from "@/lib/accounts/time-zones";
import { LOCALES, type Locale } from "@/lib/i18n/config";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useSyncExternalStore } from "react";

const LANGUAGES: Record<Locale, string> = { en: "English", "zh-CN": "简体中文" };
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
const noSubscription = () => () => {};

/** Language and time zone: each saved as soon as it is chosen, and the page redrawn in it. */
export function PreferencesForm({ timeZone, zones }: { timeZone: string | null; zones: TimeZoneOption[] }) {
  const t = useTranslations("settings");
  const describe = useApiError();
  const router = useRouter();
  const locale = useLocale() as Locale;
  const detected = useSyncExternalStore(noSubscription, browserZone, () => null);
  const [zone, setZone] = useState(timeZone ?? "");
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState("");

  async function saveLocale(chosen: Locale) {
    setError(null);
    const res = await callApi("/api/me", "PATCH", { locale: chosen } satisfies ProfilePatch);
    if (!res.ok) return setError(describe(res));
    await chooseLocale(chosen, false); // and this browser's choice, for after signing out
    router.refresh();
  }

  async function saveZone(chosen: string) {
    const before = zone;
    setZone(chosen);
    setError(null);
    setStatus("");
    const res = await callApi("/api/me", "PATCH", { timeZone: chosen || null } satisfies ProfilePatch);
    if (!res.ok) {
      setZone(before);
      return setError(describe(res));
    }
    setStatus(t("saved"));
    router.refresh();
  }

  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <Field id="settings-language" label={t("preferences.language")}>
        {(control) => (
          <select
            {...control}
            value={locale}
            onChange={(e) => void saveLocale(e.target.value as Locale)}
            className={field}
          >
            {LOCALES.map((l) => (
              <option key={l} value={l} lang={l}>
                {LANGUAGES[l]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="settings-time-zone" label={t("preferences.timeZone")} hint={t("preferences.timeZoneHint")}>
        {(control) => (
          <select {...control} value={zone} onChange={(e) => void saveZone(e.target.value)} className={field}>
            <option value="">
              {detected ? t("preferences.browserZoneNamed", { zone: detected }) : t("preferences.browserZone")}
            </option>
            {zones.map((z) => (
              <option key={z.id} value={z.id}>
                {z.id.replaceAll("_", " ")} ({z.offset})
              </option>
            ))}
          </select>
        )}
      </Field>
      {error && (
        <p role="alert" className={`${errorText} sm:col-span-2`}>
          {error}
        </p>
      )}
      <p role="status" className="text-sm text-muted empty:hidden sm:col-span-2">
        {status}
      </p>
    </div>
  );
}

type Mail = ProfileDTO["mail"];

/**
 * The e-mail switches, each saved when flipped (and flipped back if that failed); the weekly
 * digest's only for those who curate a course (`canCurate`).
 */
export function MailSwitches({ initial, canCurate }: { initial: Mail; canCurate: boolean }) {
  const t = useTranslations("settings.mail");
  const tSaved = useTranslations("settings");
  const describe = useApiError();
  const [mail, setMail] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState("");

  async function flip(kind: keyof Mail, on: boolean) {
    setMail((m) => ({ ...m, [kind]: on }));
    setError(null);
    setStatus("");
    const res = await callApi("/api/me", "PATCH", { mail: { [kind]: on } } satisfies ProfilePatch);
    if (!res.ok) {
      setMail((m) => ({ ...m, [kind]: !on }));
      return setError(describe(res));
    }
    setStatus(tSaved("saved"));
  }

  return (
    <fieldset className="space-y-3">
      <legend className="sr-only">{t("title")}</legend>
      {(canCurate
        ? (["featured", "answered", "essays", "digest"] as const)
        : (["featured", "answered", "essays"] as const)
      ).map((kind) => (
        <label key={kind} className="flex cursor-pointer items-center justify-between gap-4">
          <span className="text-sm text-ink">{t(kind)}</span>
          <input
            type="checkbox"
            role="switch"
            checked={mail[kind]}
            onChange={(e) => void flip(kind, e.target.checked)}
            className="peer sr-only"
          />
          <span
            aria-hidden="true"
            className="relative h-6 w-11 shrink-0 rounded-full bg-line transition peer-checked:bg-accent peer-focus-visible:ring-2 peer-focus-visible:ring-accent peer-focus-visible:ring-offset-2 after:absolute after:left-0.5 after:top-0.5 after:h-5 after:w-5 after:rounded-full after:bg-white after:shadow after:transition peer-checked:after:translate-x-5"
          />
        </label>
      ))}
      {error && (
        <p role="alert" className={errorText}>
          {error}
        </p>
      )}
      <p role="status" className="text-sm text-muted empty:hidden">
        {status}
      </p>
    </fieldset>
  );
}
