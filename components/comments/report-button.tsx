"use client";

import { callApi } from "@/components/ui/api";
import { buttonQuiet, buttonSecondary, errorText, field } from "@/components/ui/styles";
import { REPORT_REASON_MAX_LENGTH } from "@/lib/comments/schema";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useApiErrorMessage } from "./use-messages";

/** Flag a featured comment or a reply for the instructors, with a reason; once per item. */
export function ReportButton({ target }: { target: { commentId: string } | { replyId: string } }) {
  const t = useTranslations("comments");
  const describe = useApiErrorMessage();
  const id = useId();
  const [isOpen, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [state, setState] = useState<"idle" | "sending" | "done">("idle");
  const [error, setError] = useState<string | null>(null);

  async function send() {
    if (reason.trim().length < 3) return setError(t("reportReasonNeeded"));
    setState("sending");
    const res = await callApi(`/api/reports`, "POST", { ...target, reason });
    if (!res.ok && res.code !== "conflict") {
      setState("idle");
      return setError(describe(res));
    }
    setState("done");
    setOpen(false);
  }

  if (state === "done") return <span className="text-sm text-muted">{t("reported")}</span>;
  if (!isOpen) {
    return (
      <button type="button" className={buttonQuiet} onClick={() => setOpen(true)}>
        {t("report")}
      </button>
    );
  }
  return (
    <div className="mt-2 w-full space-y-2 rounded-lg border border-line bg-paper p-3">
      <label htmlFor={id} className="text-sm font-medium">
        {t("reportReason")}
      </label>
      <textarea
        id={id}
        className={field}
        rows={2}
        maxLength={REPORT_REASON_MAX_LENGTH}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
      />
      {error && (
        <p role="alert" className={errorText}>
          {error}
        </p>
      )}
      <div className="flex gap-2">
        <button type="button" className={buttonSecondary} onClick={send} disabled={state === "sending"}>
          {t("sendReport")}
        </button>
        <button type="button" className={buttonQuiet} onClick={() => setOpen(false)}>
          {t("cancel")}
        </button>
      </div>
    </div>
  );
}
