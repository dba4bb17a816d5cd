"use client";

import { Field } from "@/components/ui/field";
import { buttonPrimary, errorText, field } from "@/components/ui/styles";
import { signInWithPassword } from "@/lib/auth/client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";

export function SignInForm({ next }: { next: string }) {
  const t = useTranslations("auth");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [isPending, setPending] = useState(false);

  async function submit(form: FormData) {
    setPending(true);
    const result = await signInWithPassword(String(form.get("email") ?? ""), String(form.get("password") ?? ""));
    if (result === "ok") {
      router.replace(next);
      router.refresh();
      return;
    }
    setPending(false);
    setError(t(result === "invalid" ? "badCredentials" : result === "rate_limited" ? "rateLimited" : "failed"));
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
      <Field id="signin-email" label={t("email")}>
        {(control) => <input {...control} name="email" type="email" autoComplete="email" required className={field} />}
      </Field>
      <Field id="signin-password" label={t("password")}>
        {(control) => (
          <input
            {...control}
            name="password"
            type="password"
            autoComplete="current-password"
            required
            className={field}
          />
        )}
      </Field>
      {error && (
        <p role="alert" className={errorText}>
          {error}
        </p>
      )}
      <button type="submit" className={`${buttonPrimary} w-full`} disabled={isPending}>
        {isPending ? t("pending") : t("submitSignIn")}
      </button>
    </form>
  );
}
