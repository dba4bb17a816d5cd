"use client";

import type { AuditEventDTO } from "@/lib/admin/audit-schema";
import { useFormatter, useTranslations } from "next-intl";

/** The list's columns (when, who, what); the header row uses the same. */
export const AUDIT_GRID = "gap-x-4 gap-y-1 sm:grid-cols-[10rem_minmax(0,14rem)_minmax(0,1fr)]";
const TARGETS = ["user", "course", "chapter", "article"] as const;

const show = (v: unknown) => {
  const text = typeof v === "string" ? v : JSON.stringify(v ?? null);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
};

/** "status: pending → featured" for each field the event records. */
function changes(e: AuditEventDTO): string[] {
  const keys = [...new Set([...Object.keys(e.before ?? {}), ...Object.keys(e.after ?? {})])];
  return keys.map((k) => {
    const [from, to] = [e.before?.[k], e.after?.[k]];
    return from === undefined ? `${k}: ${show(to)}` : `${k}: ${show(from)} → ${show(to)}`;
  });
}

/** One audit event: when, who, what they did, where, to what, and how it changed. */
export function AuditRow({ event: e }: { event: AuditEventDTO }) {
  const t = useTranslations("audit");
  const format = useFormatter();
  const [area, verb] = e.action.split(".");
  const action = t.has(`actions.${area}.${verb}`) ? t(`actions.${area}.${verb}`) : e.action;
  const targetType = TARGETS.find((x) => x === e.target.type) ?? "other";
  const lines = changes(e);
  return (
    <li className={`grid ${AUDIT_GRID} px-4 py-3`} data-testid="audit-event">
      <p className="text-sm text-muted">
        <span className="sr-only">{t("columns.when")}: </span>
        <time dateTime={e.createdAt}>
          {format.dateTime(new Date(e.createdAt), { dateStyle: "medium", timeStyle: "short" })}
        </time>
      </p>
      <div className="min-w-0 text-sm">
        <span className="sr-only">{t("columns.who")}: </span>
        <p className="truncate font-medium">{e.actor.name}</p>
        <p className="truncate text-muted">{e.actor.email}</p>
      </div>
      <div className="min-w-0 text-sm">
        <span className="sr-only">{t("columns.what")}: </span>
        <p>
          <span className="font-medium">{action}</span>
          <span className="text-muted"> · {e.course ? e.course.title : t("outsideCourses")}</span>
        </p>
        <p className="break-words text-muted">
          {t(`target.${targetType}`)}: {e.target.label ?? `${e.target.id} (${t("deleted")})`}
        </p>
        {lines.length > 0 && (
          <ul aria-label={t("change")} className="mt-1 space-y-0.5 font-mono text-xs text-muted">
            {lines.map((line) => (
              <li key={line} className="break-words">
                {line}
              </li>
            ))}
          </ul>
        )}
      </div>
    </li>
  );
}
