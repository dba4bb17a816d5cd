"use client";

import { USER_GRID, UserRow } from "@/components/admin/users/user-row";
import { useApiError } from "@/components/ui/api";
import { buttonSecondary, card, errorText, field, label } from "@/components/ui/styles";
import { usePagedList } from "@/components/ui/use-paged-list";
import type { AdminUserDTO } from "@/lib/admin/users-schema";
import type { Page } from "@/lib/comments/schema";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";

type Props = { first: Page<AdminUserDTO>; viewerId: string };

/** /admin/users: search, the list a page at a time, suspension and the admin role. */
export function UsersPanel({ first, viewerId }: Props) {
  const t = useTranslations("admin-users");
  const describe = useApiError();
  const router = useRouter();
  const list = usePagedList("/api/admin/users", first, { q: "" });
  const [notice, setNotice] = useState("");
  const { items, nextCursor } = list.page;
  const query = list.filter.q.trim();

  return (
    <div className="space-y-4">
      <div className="max-w-md space-y-1">
        <label htmlFor="users-search" className={label}>
          {t("searchLabel")}
        </label>
        <input
          id="users-search"
          type="search"
          className={field}
          placeholder={t("searchPlaceholder")}
          value={list.filter.q}
          maxLength={100}
          onChange={(e) => list.setFilter({ q: e.target.value })}
        />
      </div>

      <p role="status" className="min-h-5 text-sm text-accent-strong">
        {list.loading ? t("loading") : notice}
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
        <p className={`${card} p-6 text-muted`}>{query ? t("noMatches", { query }) : t("empty")}</p>
      ) : (
        <div className={`${card} overflow-hidden`}>
          {/* Column names for sighted readers; each cell carries its own for screen readers. */}
          <div
            aria-hidden="true"
            className={`${USER_GRID} hidden border-b border-line bg-paper px-4 py-2 text-xs font-semibold uppercase tracking-wide text-muted sm:grid`}
          >
            <span>{t("columns.person")}</span>
            <span>{t("columns.courses")}</span>
            <span>{t("columns.joined")}</span>
            <span className="text-right">{t("columns.actions")}</span>
          </div>
          <ul className="divide-y divide-line" aria-label={t("title")} aria-busy={list.loading}>
            {items.map((user) => (
              <UserRow
                key={user.id}
                user={user}
                viewerId={viewerId}
                onChanged={(changed, message) => {
                  list.replace((x) => x.id === changed.id, changed);
                  setNotice(message);
                  // Giving up one's own admin role closes the admin area to them.
                  if (changed.id === viewerId && changed.role !== "admin") router.refresh();
                }}
              />
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
