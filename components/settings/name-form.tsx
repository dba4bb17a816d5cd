"use client";

import { callApi, useApiError } from "@/components/ui/api";
import { Field } from "@/components/ui/field";
import { buttonPrimary, errorText, field } from "@/components/ui/styles";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { nameErrorKey } from "./field-errors";

/** The name others see; what was typed stays in the field when it is refused. */
export function NameForm({ initialName, email }: { initialName: string; email: string }) {
  const t = useTranslations("settings");
  const tField = useTranslations("auth.fieldErrors");
  const describe = useApiError();
  const router = useRouter();
  const [name, setName] = useState(initialName);
  const [error, setError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  const [isPending, setPending] = useState(false);

  async function save() {
    setFormError(null);
    setStatus("");
    const key = nameErrorKey(name);
    setError(key ? tField(key) : null);
    if (key) return;
    setPending(true);
    const res = await callApi<{ name: string }>("/api/me", "PATCH", { name });
    setPending(false);
    if (!res.ok) return setFormError(describe(res));
    setName(res.data.name);
    setStatus(t("saved"));
    router.refresh(); // the header shows the new name
  }

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      className="space-y-4"
      noValidate
    >
      <Field id="settings-name" label={t("profile.name")} hint={t("profile.nameHint")} error={error}>
        {(control) => (
          <input
            {...control}
            value={name}
            onChange={(e) => setName(e.target.value)}
            autoComplete="name"
            maxLength={200}
            className={field}
          />
        )}
      </Field>
      <Field id="settings-email" label={t("profile.email")} hint={t("profile.emailHint")}>
        {(control) => <input {...control} value={email} readOnly className={`${field} bg-paper text-muted`} />}
      </Field>
      {formError && (
        <p role="alert" className={errorText}>
          {formError}
        </p>
      )}
      <div className="flex items-center gap-3">
        <button type="submit" className={buttonPrimary} disabled={isPending}>
          {isPending ? t("saving") : t("save")}
        </button>
        <p role="status" className="text-sm text-muted">
          {status}
        </p>
      </div>
    </form>
  );
}
