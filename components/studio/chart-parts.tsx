"use client";

import { card } from "@/components/ui/styles";
import type { AnalyticsDTO } from "@/lib/studio/schema";
import { useTranslations } from "next-intl";
import { useSyncExternalStore, type ReactNode } from "react";
import type { XAxisTickContentProps } from "recharts";

// The studio charts' shared look: colours, axis ticks, tooltips, and the card each chart sits in.

export const ACCENT = "#0f766e";
export const SOFT = "#b7dcd6";
export const AMBER = "#d5983a";
export const GRID = "#ece8e0";
export const TICK = { fill: "#5b636e", fontSize: 12 };
export const tooltipStyle = {
  borderRadius: 8,
  border: "1px solid #e6e2da",
  boxShadow: "0 4px 12px rgb(0 0 0 / 0.08)",
  fontSize: 13,
};

export const short = (text: string, max: number) =>
  Array.from(text).length > max
    ? `${Array.from(text)
        .slice(0, max - 1)
        .join("")}…`
    : text;
export const legendText = (value: string) => <span style={{ color: "#1f2328" }}>{value}</span>;
/** Noon UTC of a calendar day: formatted with timeZone "UTC", it is that day everywhere. */
export const noon = (date: string) => new Date(`${date}T12:00:00Z`);

export function ChartCard({
  title,
  note,
  children,
  className = "",
}: {
  title: string;
  note: string;
  children: ReactNode;
  className?: string;
}) {
  const t = useTranslations("studio.analytics");
  return (
    <figure className={`${card} p-5 ${className}`}>
      <figcaption>
        <span className="block font-semibold">{title}</span>
        <span className="block text-sm text-muted">{note}</span>
      </figcaption>
      {/* The numbers are in real tables below; the drawing itself is one image for assistive tech. */}
      <div role="img" aria-label={t("chartOf", { title })} className="mt-4">
        {children}
      </div>
    </figure>
  );
}

/** How wide a character draws, in Latin letters: CJK and other wide scripts take two. */
const charWidth = (ch: string) =>
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;

/**
 * A label split into at most two lines of `width` Latin letters each (at a space when there is
 * one), the second ending in "…" if the label is longer still.
 */
export function twoLines(label: string, width: number): string[] {
  const chars = Array.from(label.replace(/\s+/g, " ").trim());
  let used = 0;
  let cut = chars.length;
  for (const [i, ch] of chars.entries()) {
    used += charWidth(ch);
    if (used > width) {
      cut = i;
      break;
    }
  }
  if (cut === chars.length) return [chars.join("")];
  const space = chars.lastIndexOf(" ", cut);
  const at = space > width / 3 ? space : cut;
  const first = chars.slice(0, at).join("").trimEnd();
  const rest = chars.slice(at).join("").trim();
  return [first, short(rest, Math.floor(width / (/[^\x00-\u024f]/u.test(rest) ? 2 : 1)))];
}

/**
 * A category axis label on up to two lines (SVG text does not wrap by itself), so names are
 * not cut after a few characters; the whole label is its tooltip.
 */
export function WrappedTick({ x, y, label, width }: { x: number; y: number; label: string; width: number }) {
  const lines = twoLines(label, width);
  return (
    <text x={x - 6} y={y} textAnchor="end" fontSize={TICK.fontSize} fill={TICK.fill}>
      <title>{label}</title>
      {lines.map((line, i) => (
        <tspan key={i} x={x - 6} dy={i === 0 ? (lines.length === 1 ? 4 : -3) : 14}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

const NARROW = "(max-width: 639px)";

/** Whether the screen is phone-narrow: charts then give their labels two short lines, not one long one. */
export function useIsNarrow(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const query = window.matchMedia(NARROW);
      query.addEventListener("change", onChange);
      return () => query.removeEventListener("change", onChange);
    },
    () => window.matchMedia(NARROW).matches,
    () => false,
  );
}

/**
 * A most-liked row's label (SVG text does not wrap): rank, author, the start of the comment; on
 * one line, or on two on a phone. The whole comment is its tooltip.
 */
export function LikedTick({
  x,
  y,
  index,
  comment,
  isNarrow,
}: {
  x: number;
  y: number;
  index: number;
  comment?: AnalyticsDTO["topLiked"][number];
  isNarrow: boolean;
}) {
  if (!comment) return null;
  const excerpt = comment.excerpt.replace(/\s+/g, " ");
  const start = twoLines(excerpt, 19)[0]!;
  return (
    <text x={x - 8} y={y} dy={isNarrow ? -3 : 4} textAnchor="end" fontSize={12}>
      <title>{`${comment.authorName}: ${excerpt}`}</title>
      <tspan fill="#5b636e">{index + 1}. </tspan>
      <tspan fill="#1f2328" fontWeight={600}>
        {short(comment.authorName, 14)}
      </tspan>
      {isNarrow ? (
        <tspan x={x - 8} dy={14} fill="#5b636e">
          {start.length < excerpt.length ? `${start}…` : start}
        </tspan>
      ) : (
        <tspan fill="#5b636e"> {short(excerpt, 22)}</tspan>
      )}
    </text>
  );
}

/**
 * A category label under a column: on one line when it fits its slot, else broken at a space
 * onto two (recharts would otherwise drop every other label on a phone).
 */
export function ColumnTick({ x, y, label, slot }: { x: number; y: number; label: string; slot: number }) {
  const wide = Array.from(label).reduce((sum, ch) => sum + charWidth(ch), 0) * 7 > slot;
  const space = label.lastIndexOf(" ");
  const lines = wide && space > 0 ? [label.slice(0, space), label.slice(space + 1)] : [label];
  return (
    <text x={x} y={y} dy={12} textAnchor="middle" fontSize={TICK.fontSize} fill={TICK.fill}>
      {lines.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? 4 : 14}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** ColumnTick as an XAxis `tick`: each label gets the axis width shared by the visible ticks. */
export const columnTick = ({ x, y, payload, width, visibleTicksCount }: XAxisTickContentProps) => (
  <ColumnTick
    x={Number(x)}
    y={Number(y)}
    label={String(payload.value)}
    slot={Number(width) / Math.max(1, visibleTicksCount)}
  />
);

/** The count written above (or beside) each bar. */
export const barLabel = (position: "top" | "right") => ({ position, fill: "#1f2328", fontSize: 12 });
