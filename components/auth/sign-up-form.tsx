"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import * as z from "zod";
import { signInWithPassword } from "@/lib/auth/client";
import { RegisterSchema } from "@/lib/auth/schema";
import type { ApiErrorBody } from "@/lib/errors";
import { buttonPrimary, errorText, field, label } from "@/components/ui/styles";

type FieldErrors = Partial<Record<"email" | "password" | "name", string>>;

export function SignUpForm() {
  const t = useTranslations("auth");
  const router = useRouter();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isPending, setPending] = useState(false);

  async function submit(form: FormData) {
    setFormError(null);
    const parsed = RegisterSchema.safeParse(Object.fromEntries(form));
    if (!parsed.success) {
      const flat = z.flattenError(parsed.error).fieldErrors;
      return setErrors({ email: flat.email?.[0], password: flat.password?.[0], name: flat.name?.[0] });
    }
    setErrors({});
    setPending(true);
    const res = await fetch("/api/register", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(parsed.data),
    }).catch(() => null);
    if (!res?.ok) {
      setPending(false);
      const body = (await res?.json().catch(() => null)) as ApiErrorBody | null;
      return setFormError(body?.error.message ?? t("failed"));
    }
    const result = await signInWithPassword(parsed.data.email, parsed.data.password);
    if (result !== "ok") {
      setPending(false);
      return setFormError(t("failed"));
    }
    router.replace("/");
    router.refresh();
  }

  const fieldError = (name: keyof FieldErrors) =>
    errors[name] && (
      <p id={`signup-${name}-error`} role="alert" className={errorText}>
        {errors[name]}
      </p>
    );

  return (
    <form action={submit} className="space-y-4" noValidate>
      <div className="space-y-1">
        <label htmlFor="signup-name" className={label}>
          {t("name")}
        </label>
        <input id="signup-name" name="name" autoComplete="name" required className={field} aria-invalid={!!errors.name} />
        {fieldError("name")}
      </div>
      <div className="space-y-1">
        <label htmlFor="signup-email" className={label}>
          {t("email")}
        </label>
        <input id="signup-email" name="email" type="email" autoComplete="email" required className={field} aria-invalid={!!errors.email} />
        {fieldError("email")}
      </div>
      <div className="space-y-1">
        <label htmlFor="signup-password" className={label}>
          {t("password")}
        </label>
        <input
          id="signup-password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          aria-describedby="signup-password-hint"
          aria-invalid={!!errors.password}
          className={field}
        />
        <p id="signup-password-hint" className="text-xs text-muted">
          {t("passwordHint")}
        </p>
        {fieldError("password")}
      </div>
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
