"use client";

import { useNow } from "@/components/comments/use-now";
import { useFormatter } from "next-intl";

/** "3 hours ago" against the server's clock while hydrating, with the full date as a tooltip. */
export function StudioTime({ iso, serverNow, className = "" }: { iso: string; serverNow: number; className?: string }) {
  const format = useFormatter();
  const now = useNow(serverNow);
  const date = new Date(iso);
  return (
    <time
      dateTime={iso}
      title={format.dateTime(date, { dateStyle: "long", timeStyle: "short" })}
      className={`text-sm text-muted ${className}`}
    >
      {format.relativeTime(date, Math.max(now, date.getTime()))}
    </time>
  );
}
