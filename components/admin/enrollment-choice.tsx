"use client";

import { label } from "@/components/ui/styles";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

/** Open (one click) or invite only (paid or closed courses), as two described radio buttons. */
export function EnrollmentChoice({ error }: { error: ReactNode }) {
  const t = useTranslations("admin.create");
  const option = (value: "open" | "invite", text: string, hintText: string) => (
    <label className="flex cursor-pointer items-start gap-3 rounded-lg border border-line p-3 has-[:checked]:border-accent has-[:checked]:bg-accent-soft">
      <input
        type="radio"
        name="enrollment"
        value={value}
        id={value === "invite" ? "course-enrollment" : undefined}
        defaultChecked={value === "invite"}
        className="mt-1"
      />
      <span>
        <span className="block text-sm font-medium">{text}</span>
        <span className="block text-xs text-muted">{hintText}</span>
      </span>
    </label>
  );
  return (
    <fieldset className="space-y-2">
      <legend className={label}>{t("enrollment")}</legend>
      {option("invite", t("enrollmentInvite"), t("enrollmentInviteHint"))}
      {option("open", t("enrollmentOpen"), t("enrollmentOpenHint"))}
      {error}
    </fieldset>
  );
}
