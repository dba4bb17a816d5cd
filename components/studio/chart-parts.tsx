"use client";

import { card } from "@/components/ui/styles";
import type { AnalyticsDTO } from "@/lib/studio/schema";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

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

/** A most-liked row's label on one line (SVG text does not wrap): rank, author, the start of the comment. */
export function LikedTick({
  x,
  y,
  index,
  comment,
}: {
  x: number;
  y: number;
  index: number;
  comment?: AnalyticsDTO["topLiked"][number];
}) {
  if (!comment) return null;
  return (
    <text x={x - 8} y={y} dy={4} textAnchor="end" fontSize={12}>
      <tspan fill="#5b636e">{index + 1}. </tspan>
      <tspan fill="#1f2328" fontWeight={600}>
        {short(comment.authorName, 14)}
      </tspan>
      <tspan fill="#5b636e"> {short(comment.excerpt.replace(/\s+/g, " "), 22)}</tspan>
    </text>
  );
}
