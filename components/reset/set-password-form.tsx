"use client";

import { signUpFieldErrors } from "@/components/auth/sign-up-errors";
import { callApi, useApiError } from "@/components/ui/api";
import { Field } from "@/components/ui/field";
import { buttonPrimary, field } from "@/components/ui/styles";
import { ResetPasswordSchema } from "@/lib/accounts/password-reset-schema";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useState } from "react";

/** Sets a new password with the link's token; every session of the account ends. */
export function SetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("reset");
  const tAuth = useTranslations("auth");
  const describe = useApiError();
  const [error, setError] = useState<string | null>(null);
  const [isDone, setDone] = useState(false);
  const [isPending, setPending] = useState(false);

  async function submit(form: FormData) {
    setError(null);
    const parsed = ResetPasswordSchema.safeParse(Object.fromEntries(form));
    if (!parsed.success) {
      const key = signUpFieldErrors(parsed.error).password ?? "passwordMissing";
      return setError(tAuth(`fieldErrors.${key}`));
    }
    setPending(true);
    const res = await callApi(`/api/password-reset/${encodeURIComponent(token)}`, "POST", parsed.data);
    setPending(false);
    if (!res.ok) return setError(describe(res, { gone: t("gone"), not_found: t("unknown") }));
    setDone(true);
  }

  if (isDone)
    return (
      <div role="status" className="space-y-4 text-sm">
        <p>{t("done")}</p>
        <Link href="/signin" className={`${buttonPrimary} inline-block`}>
          {t("signIn")}
        </Link>
      </div>
    );
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void submit(new FormData(e.currentTarget));
      }}
      className="space-y-4"
      noValidate
    >
      <Field id="reset-password" label={t("newPassword")} hint={tAuth("passwordHint")} error={error}>
        {(control) => (
          <input {...control} name="password" type="password" autoComplete="new-password" required className={field} />
        )}
      </Field>
      <button type="submit" className={`${buttonPrimary} w-full`} disabled={isPending}>
        {isPending ? t("saving") : t("save")}
      </button>
    </form>
  );
}
