"use client";

import { signUpFieldErrors } from "@/components/auth/sign-up-errors";
import { callApi, useApiError } from "@/components/ui/api";
import { Field } from "@/components/ui/field";
import { buttonPrimary, field } from "@/components/ui/styles";
import { ResetRequestSchema } from "@/lib/accounts/password-reset-schema";
import { useTranslations } from "next-intl";
import { useState } from "react";

/** Asks for a reset link; the answer is the same whether or not the address has an account. */
export function ResetRequestForm() {
  const t = useTranslations("reset");
  const tAuth = useTranslations("auth");
  const describe = useApiError();
  const [error, setError] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [isPending, setPending] = useState(false);

  async function submit(form: FormData) {
    setError(null);
    const parsed = ResetRequestSchema.safeParse(Object.fromEntries(form));
    if (!parsed.success) {
      const key = signUpFieldErrors(parsed.error).email ?? "emailInvalid";
      return setError(tAuth(`fieldErrors.${key}`));
    }
    setPending(true);
    const res = await callApi("/api/password-reset", "POST", parsed.data);
    setPending(false);
    if (!res.ok) return setError(describe(res));
    setSentTo(parsed.data.email);
  }

  if (sentTo)
    return (
      <p role="status" className="text-sm">
        {t("sent", { email: sentTo })}
      </p>
    );
  return (
    // onSubmit, not a form action: React resets a form after its action, wiping what was typed.
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void submit(new FormData(e.currentTarget));
      }}
      className="space-y-4"
      noValidate
    >
      <Field id="reset-email" label={t("email")} error={error}>
        {(control) => <input {...control} name="email" type="email" autoComplete="email" required className={field} />}
      </Field>
      <button type="submit" className={`${buttonPrimary} w-full`} disabled={isPending}>
        {isPending ? t("sending") : t("send")}
      </button>
    </form>
  );
}
