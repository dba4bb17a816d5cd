"use client";

import { useTranslations } from "next-intl";
import type { LiveStatus } from "./use-server-events";

/**
 * Says so while live updates are cut off (the stream failed and waits to retry), so that
 * nobody takes a quiet page for a quiet discussion. Nothing while live or first connecting.
 */
export function LiveNotice({ status, className = "" }: { status: LiveStatus; className?: string }) {
  const t = useTranslations("live");
  return (
    <p role="status" className={`text-sm text-warn empty:hidden ${className}`}>
      {status === "offline" ? t("paused") : ""}
    </p>
  );
}
