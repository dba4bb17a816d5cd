"use client";

import { callApi, useApiError } from "@/components/ui/api";
import { Field } from "@/components/ui/field";
import { buttonPrimary, card, errorText, field } from "@/components/ui/styles";
import { managesRole, MEMBER_ROLES, type MemberRoleName } from "@/lib/courses/member-schema";
import { INVITE_MAX_DAYS, INVITE_MAX_USES, type InviteDTO } from "@/lib/invites/schema";
import { useTranslations } from "next-intl";
import { useState } from "react";

type Props = { slug: string; viewerIsAdmin: boolean; onCreated: (invite: InviteDTO) => void };

/** A whole number in [1, max] from a text field, null when empty, undefined when invalid. */
function wholeNumber(text: string, max: number): number | null | undefined {
  if (text.trim() === "") return null;
  const n = Number(text);
  return Number.isInteger(n) && n >= 1 && n <= max ? n : undefined;
}

/** Mints an invite: role (instructor only for admins), how many uses, how many days it lasts. */
export function InviteForm({ slug, viewerIsAdmin, onCreated }: Props) {
  const t = useTranslations("invites");
  const describe = useApiError();
  const roles = MEMBER_ROLES.filter((r) => managesRole(viewerIsAdmin, r));
  const [role, setRole] = useState<MemberRoleName>("learner");
  const [uses, setUses] = useState("");
  const [days, setDays] = useState("7");
  const [errors, setErrors] = useState<{ uses?: string; days?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);

  async function submit() {
    const maxUses = wholeNumber(uses, INVITE_MAX_USES);
    const lasts = wholeNumber(days, INVITE_MAX_DAYS);
    const found = {
      ...(maxUses === undefined && { uses: t("errors.maxUses") }),
      ...(lasts === undefined && { days: t("errors.days") }),
    };
    setErrors(found);
    if (maxUses === undefined || lasts === undefined) return;
    setBusy(true);
    const expiresAt = lasts === null ? null : new Date(Date.now() + lasts * 86_400_000).toISOString();
    const res = await callApi<InviteDTO>(`/api/courses/${slug}/invites`, "POST", { role, maxUses, expiresAt });
    setBusy(false);
    if (!res.ok) return setErrors({ form: describe(res) });
    onCreated(res.data);
  }

  return (
    <form
      className={`${card} space-y-4 p-5`}
      aria-labelledby="invite-form-title"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3 id="invite-form-title" className="text-lg font-semibold">
        {t("createTitle")}
      </h3>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field id="invite-role" label={t("roleLabel")} hint={viewerIsAdmin ? undefined : t("instructorOnlyAdmins")}>
          {(control) => (
            <select
              {...control}
              className={field}
              value={role}
              onChange={(e) => setRole(e.target.value as MemberRoleName)}
            >
              {roles.map((r) => (
                <option key={r} value={r}>
                  {t(`roles.${r}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {/* A number that will not do shows its error in place of the hint. */}
        <Field id="invite-uses" label={t("maxUsesLabel")} hint={!errors.uses && t("maxUsesHint")} error={errors.uses}>
          {(control) => (
            <input
              {...control}
              inputMode="numeric"
              className={field}
              value={uses}
              onChange={(e) => setUses(e.target.value)}
            />
          )}
        </Field>
        <Field id="invite-days" label={t("expiresLabel")} hint={!errors.days && t("expiresHint")} error={errors.days}>
          {(control) => (
            <input
              {...control}
              inputMode="numeric"
              className={field}
              value={days}
              onChange={(e) => setDays(e.target.value)}
            />
          )}
        </Field>
      </div>
      {errors.form && (
        <p role="alert" className={errorText}>
          {errors.form}
        </p>
      )}
      <button type="submit" className={buttonPrimary} disabled={busy}>
        {busy ? t("creating") : t("create")}
      </button>
    </form>
  );
}
