"use client";

import { AuditFilters, NO_FILTER } from "@/components/admin/audit/audit-filters";
import { AUDIT_GRID, AuditRow } from "@/components/admin/audit/audit-row";
import { PagedListFrame } from "@/components/ui/paged-list-frame";
import { usePagedList } from "@/components/ui/use-paged-list";
import type { AuditEventDTO } from "@/lib/admin/audit-schema";
import type { Page } from "@/lib/comments/schema";
import { useTranslations } from "next-intl";

type Props = { first: Page<AuditEventDTO>; courses: Array<{ slug: string; title: string }> };

/** /admin/audit: the filters, the events a page at a time, and "Load more". */
export function AuditPanel({ first, courses }: Props) {
  const t = useTranslations("audit");
  const list = usePagedList("/api/admin/audit", first, NO_FILTER);
  const { items } = list.page;
  const filtered = Object.values(list.filter).some((v) => v.trim() !== "");

  return (
    <div className="space-y-4">
      <AuditFilters filter={list.filter} courses={courses} onChange={list.setFilter} />

      <PagedListFrame
        list={list}
        t={t}
        empty={filtered ? t("noMatches") : t("empty")}
        grid={AUDIT_GRID}
        columns={
          <>
            <span>{t("columns.when")}</span>
            <span>{t("columns.who")}</span>
            <span>{t("columns.what")}</span>
          </>
        }
      >
        {items.map((event) => (
          <AuditRow key={event.id} event={event} />
        ))}
      </PagedListFrame>
    </div>
  );
}
