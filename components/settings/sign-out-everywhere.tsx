"use client";

import { callApi, useApiError } from "@/components/ui/api";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { buttonSecondary } from "@/components/ui/styles";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";

/** Ends every session of the account after asking; this browser then lands on the sign-in page. */
export function SignOutEverywhere() {
  const t = useTranslations("settings.sessions");
  const describe = useApiError();
  const [isOpen, setOpen] = useState(false);
  const [isBusy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    setBusy(true);
    setError(null);
    const res = await callApi("/api/me/sign-out-everywhere", "POST");
    if (!res.ok) {
      setBusy(false);
      return setError(describe(res));
    }
    await signOut({ redirectTo: "/signin" }); // also clears this browser's now useless cookie
  }

  return (
    <>
      <button
        type="button"
        className={`${buttonSecondary} border-red-200 text-red-800 hover:bg-red-50`}
        onClick={() => setOpen(true)}
      >
        {t("button")}
      </button>
      <ConfirmDialog
        open={isOpen}
        onClose={() => setOpen(false)}
        title={t("confirmTitle")}
        body={t("confirmBody")}
        error={error}
        cancelLabel={t("cancel")}
        confirmLabel={t("button")}
        onConfirm={() => void confirm()}
        isBusy={isBusy}
        isDanger
      />
    </>
  );
}
