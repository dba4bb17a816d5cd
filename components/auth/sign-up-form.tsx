"use client";

import { callApi, useApiError } from "@/components/ui/api";
import { Field } from "@/components/ui/field";
import { buttonPrimary, errorText, field } from "@/components/ui/styles";
import { signInWithPassword } from "@/lib/auth/client";
import { RegisterSchema } from "@/lib/auth/schema";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { signUpFieldErrors, type SignUpField } from "./sign-up-errors";

type FieldErrors = Partial<Record<SignUpField, string>>;

/** `next`: where to go once signed up (a path on this site, checked by the page). */
export function SignUpForm({ next }: { next: string }) {
  const t = useTranslations("auth");
  const router = useRouter();
  const describe = useApiError();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isPending, setPending] = useState(false);

  async function submit(form: FormData) {
    setFormError(null);
    const parsed = RegisterSchema.safeParse(Object.fromEntries(form));
    if (!parsed.success) {
      const keys = signUpFieldErrors(parsed.error);
      return setErrors(Object.fromEntries(Object.entries(keys).map(([f, key]) => [f, t(`fieldErrors.${key}`)])));
    }
    setErrors({});
    setPending(true);
    const res = await callApi("/api/register", "POST", parsed.data);
    if (!res.ok) {
      setPending(false);
      return setFormError(describe(res, { network: t("failed"), conflict: t("emailTaken") }));
    }
    const result = await signInWithPassword(parsed.data.email, parsed.data.password);
    if (result !== "ok") {
      setPending(false);
      return setFormError(t("failed"));
    }
    router.replace(next);
    router.refresh();
  }

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
      <Field id="signup-name" label={t("name")} error={errors.name}>
        {(control) => <input {...control} name="name" autoComplete="name" required className={field} />}
      </Field>
      <Field id="signup-email" label={t("email")} error={errors.email}>
        {(control) => <input {...control} name="email" type="email" autoComplete="email" required className={field} />}
      </Field>
      <Field id="signup-password" label={t("password")} hint={t("passwordHint")} error={errors.password}>
        {(control) => (
          <input {...control} name="password" type="password" autoComplete="new-password" required className={field} />
        )}
      </Field>
      {formError && (
        <p role="alert" className={errorText}>
          {formError}
        </p>
      )}
      <button type="submit" className={`${buttonPrimary} w-full`} disabled={isPending}>
        {isPending ? t("pending") : t("submitSignUp")}
      </button>
    </form>
  );
}
