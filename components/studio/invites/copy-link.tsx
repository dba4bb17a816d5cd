"use client";

import { buttonSecondary } from "@/components/ui/styles";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";

/** Copies `url` to the clipboard and says so next to the button for a few seconds. */
export function CopyLink({ url, ariaLabel }: { url: string; ariaLabel?: string }) {
  const t = useTranslations("invites");
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");

  useEffect(() => {
    if (state !== "copied") return;
    const timer = setTimeout(() => setState("idle"), 4000);
    return () => clearTimeout(timer);
  }, [state]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setState("copied");
    } catch {
      setState("failed");
    }
  }

  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button type="button" className={buttonSecondary} aria-label={ariaLabel} onClick={() => void copy()}>
        {t("copy")}
      </button>
      <span role="status" className="text-sm text-accent-strong">
        {state === "copied" ? t("copied") : ""}
      </span>
      {state === "failed" && (
        <span role="alert" className="basis-full text-sm text-red-700">
          {t("copyFailed")} <code className="break-all text-ink">{url}</code>
        </span>
      )}
    </span>
  );
}
