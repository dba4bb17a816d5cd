"use client";

import { useNow } from "@/components/comments/use-now";
import { Dated } from "@/components/ui/dated";
import { useFormatter } from "next-intl";

/** "3 hours ago" against the server's clock while hydrating, with the absolute date on hover and focus. */
export function StudioTime({ iso, serverNow, className = "" }: { iso: string; serverNow: number; className?: string }) {
  const format = useFormatter();
  const now = useNow(serverNow);
  const date = new Date(iso);
  return (
    <Dated iso={iso} className={`text-sm text-muted ${className}`}>
      {format.relativeTime(date, Math.max(now, date.getTime()))}
    </Dated>
  );
}
