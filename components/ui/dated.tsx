"use client";

import { useFormatter } from "next-intl";
import { useId, useState, type ReactNode } from "react";

// A relative date ("3 hours ago") that gives its absolute date and time, in the reader's zone
// (next-intl's timeZone, resolved per request: lib/i18n/request.ts), on hover and on keyboard
// focus, and to screen readers as the date's description. Escape hides the tip (WCAG 1.4.13).

type Props = {
  iso: string;
  /** The visible text: a relative date, or "just now". */
  children: ReactNode;
  /** Which edge of the date the tip lines up with: "end" for dates at the right of a row. */
  align?: "start" | "end";
  className?: string;
};

export function Dated({ iso, children, align = "end", className = "" }: Props) {
  const format = useFormatter();
  const tipId = useId();
  const [isDismissed, setDismissed] = useState(false);
  const absolute = format.dateTime(new Date(iso), { dateStyle: "long", timeStyle: "short" });
  return (
    <span
      className={`group relative inline-flex ${className}`}
      onMouseLeave={() => setDismissed(false)}
      onBlur={() => setDismissed(false)}
      onKeyDown={(e) => {
        if (e.key === "Escape" && !isDismissed) {
          e.stopPropagation();
          setDismissed(true);
        }
      }}
    >
      <time
        dateTime={iso}
        tabIndex={0}
        aria-describedby={tipId}
        className="cursor-help rounded-sm underline decoration-dotted decoration-current/40 underline-offset-2"
      >
        {children}
      </time>
      <span
        id={tipId}
        role="tooltip"
        className={`pointer-events-none absolute bottom-full z-20 mb-1.5 whitespace-nowrap rounded-md bg-ink px-2 py-1 text-xs font-normal text-white shadow-md ${
          align === "end" ? "right-0" : "left-0"
        } ${isDismissed ? "hidden" : "hidden group-focus-within:block group-hover:block"}`}
      >
        {absolute}
      </span>
    </span>
  );
}
