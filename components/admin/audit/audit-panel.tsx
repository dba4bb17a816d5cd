"use client";

import { AuditFilters, NO_FILTER } from "@/components/admin/audit/audit-filters";
import { AUDIT_GRID, AuditRow } from "@/components/admin/audit/audit-row";
import { useApiError } from "@/components/ui/api";
import { buttonSecondary, card, errorText } from "@/components/ui/styles";
import { usePagedList } from "@/components/ui/use-paged-list";
import type { AuditEventDTO } from "@/lib/admin/audit-schema";
import type { Page } from "@/lib/comments/schema";
import { useTranslations } from "next-intl";

type Props = { first: Page<AuditEventDTO>; courses: Array<{ slug: string; title: string }> };

/** /admin/audit: the filters, the events a page at a time, and "Load more". */
export function AuditPanel({ first, courses }: Props) {
  const t = useTranslations("audit");
  const describe = useApiError();
  const list = usePagedList("/api/admin/audit", first, NO_FILTER);
  const { items, nextCursor } = list.page;
  const filtered = Object.values(list.filter).some((v) => v.trim() !== "");

  return (
    <div className="space-y-4">
      <AuditFilters filter={list.filter} courses={courses} onChange={list.setFilter} />

      <p role="status" className="min-h-5 text-sm text-accent-strong">
        {list.loading ? t("loading") : ""}
      </p>

      {list.error && (
        <div role="alert" className="flex flex-wrap items-center gap-3">
          <p className={errorText}>{describe(list.error, { network: t("failed") })}</p>
          <button type="button" className={buttonSecondary} onClick={() => void list.retry()}>
            {t("retry")}
          </button>
        </div>
      )}

      {items.length === 0 && !list.loading && !list.error ? (
        <p className={`${card} p-6 text-muted`}>{filtered ? t("noMatches") : t("empty")}</p>
      ) : (
        <div className={`${card} overflow-hidden`}>
          <div
            aria-hidden="true"
            className={`${AUDIT_GRID} hidden border-b border-line bg-paper px-4 py-2 text-xs font-semibold uppercase tracking-wide text-muted sm:grid`}
          >
            <span>{t("columns.when")}</span>
            <span>{t("columns.who")}</span>
            <span>{t("columns.what")}</span>
          </div>
          <ul className="divide-y divide-line" aria-label={t("title")} aria-busy={list.loading}>
            {items.map((event) => (
              <AuditRow key={event.id} event={event} />
            ))}
          </ul>
        </div>
      )}

      {nextCursor && (
        <button type="button" className={buttonSecondary} disabled={list.loading} onClick={() => void list.loadMore()}>
          {list.loading ? t("loading") : t("loadMore")}
        </button>
      )}
    </div>
  );
}
