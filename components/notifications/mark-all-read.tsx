"use client";

import { callApi } from "@/components/ui/api";
import { buttonSecondary, errorText } from "@/components/ui/styles";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { NOTIFICATIONS_CHANGED } from "./use-notifications";

/** "Mark all as read" outside the bell (the /me page); the bell hears of it and updates its count. */
export function MarkAllRead() {
  const t = useTranslations("notifications");
  const router = useRouter();
  const [isBusy, setBusy] = useState(false);
  const [hasFailed, setFailed] = useState(false);

  async function run() {
    setBusy(true);
    const res = await callApi<{ unreadCount: number }>("/api/notifications/read", "POST", { all: true });
    setBusy(false);
    setFailed(!res.ok);
    if (!res.ok) return;
    window.dispatchEvent(new Event(NOTIFICATIONS_CHANGED));
    router.refresh();
  }

  return (
    <div className="flex items-center gap-2">
      <button type="button" className={buttonSecondary} onClick={run} disabled={isBusy}>
        {t("markAllRead")}
      </button>
      {hasFailed && (
        <p role="alert" className={errorText}>
          {t("markError")}
        </p>
      )}
    </div>
  );
}
