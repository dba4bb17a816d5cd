"use client";

import { Dated } from "@/components/ui/dated";
import { useFormatter, useTranslations } from "next-intl";
import { useDiscussion } from "./discussion-context";
import { useNow } from "./use-now";

const JUST_NOW_MS = 45_000;

/** "3 hours ago", with the absolute date and time on hover and focus (components/ui/dated.tsx). */
export function RelativeTime({ iso, className = "" }: { iso: string; className?: string }) {
  const t = useTranslations("comments");
  const format = useFormatter();
  const { serverNow } = useDiscussion();
  const now = useNow(serverNow);
  const date = new Date(iso);
  const isRecent = now - date.getTime() < JUST_NOW_MS; // also covers a clock slightly behind the server
  return (
    <Dated iso={iso} className={`text-sm text-muted ${className}`}>
      {isRecent ? t("justNow") : format.relativeTime(date, now)}
    </Dated>
  );
}
