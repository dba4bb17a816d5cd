"use client";

import { callApi, useApiError } from "@/components/ui/api";
import { Field } from "@/components/ui/field";
import { buttonPrimary, errorText, field } from "@/components/ui/styles";
import type { PasswordChange } from "@/lib/accounts/schema";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { newPasswordErrorKey } from "./field-errors";

type Errors = { current?: string; next?: string };

/** Asks for the current password; the new one follows the sign-up rules. Refusals keep what was typed. */
export function PasswordForm() {
  const t = useTranslations("settings.password");
  const tField = useTranslations("auth.fieldErrors");
  const describe = useApiError();
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  const [isPending, setPending] = useState(false);

  async function submit() {
    setFormError(null);
    setStatus("");
    const nextKey = newPasswordErrorKey(next);
    const found: Errors = {
      ...(!current && { current: t("currentMissing") }),
      ...(nextKey && { next: tField(nextKey) }),
    };
    setErrors(found);
    if (found.current || found.next) return;
    setPending(true);
    const body: PasswordChange = { currentPassword: current, newPassword: next };
    const res = await callApi("/api/me/password", "POST", body);
    setPending(false);
    if (res.ok) {
      setCurrent("");
      setNext("");
      return setStatus(t("changed"));
    }
    if (res.code === "forbidden") return setErrors({ current: t("currentWrong") });
    setFormError(describe(res));
  }

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      className="space-y-4"
      noValidate
    >
      <Field id="settings-current-password" label={t("current")} error={errors.current}>
        {(control) => (
          <input
            {...control}
            type="password"
            autoComplete="current-password"
            value={current}
            onChange={(e) => setCurrent(e.target.value)}
            className={field}
          />
        )}
      </Field>
      <Field id="settings-new-password" label={t("new")} hint={t("hint")} error={errors.next}>
        {(control) => (
          <input
            {...control}
            type="password"
            autoComplete="new-password"
            value={next}
            onChange={(e) => setNext(e.target.value)}
            className={field}
          />
        )}
      </Field>
      {formError && (
        <p role="alert" className={errorText}>
          {formError}
        </p>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className={buttonPrimary} disabled={isPending}>
          {t("submit")}
        </button>
        <p role="status" className="text-sm text-muted">
          {status}
        </p>
      </div>
    </form>
  );
}
