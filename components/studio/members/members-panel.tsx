"use client";

import { MEMBER_GRID, MemberRow } from "@/components/studio/members/member-row";
import { useApiError } from "@/components/ui/api";
import { buttonPrimary, buttonSecondary, card, errorText, field, label } from "@/components/ui/styles";
import { usePagedList } from "@/components/ui/use-paged-list";
import type { Page } from "@/lib/comments/schema";
import { MEMBER_ROLES, type MemberDTO, type MemberRoleName } from "@/lib/courses/member-schema";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useState } from "react";

type Props = { slug: string; first: Page<MemberDTO>; viewerId: string; viewerIsAdmin: boolean };

/** The studio's members tab: search, role filter, the list a page at a time, role changes and removal. */
export function MembersPanel({ slug, first, viewerId, viewerIsAdmin }: Props) {
  const t = useTranslations("members");
  const describe = useApiError();
  const m = usePagedList(`/api/courses/${slug}/members`, first, { q: "", role: "" as MemberRoleName | "" });
  const [notice, setNotice] = useState("");
  const { items, nextCursor } = m.page;
  const filtered = m.filter.q.trim() !== "" || m.filter.role !== "";
  const instructors = items.filter((x) => x.role === "instructor").length;

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1 basis-60 space-y-1">
          <label htmlFor="members-search" className={label}>
            {t("searchLabel")}
          </label>
          <input
            id="members-search"
            type="search"
            className={field}
            placeholder={t("searchPlaceholder")}
            value={m.filter.q}
            maxLength={100}
            onChange={(e) => m.setFilter((f) => ({ ...f, q: e.target.value }))}
          />
        </div>
        <div className="w-44 space-y-1">
          <label htmlFor="members-role" className={label}>
            {t("roleFilterLabel")}
          </label>
          <select
            id="members-role"
            className={field}
            value={m.filter.role}
            onChange={(e) => m.setFilter((f) => ({ ...f, role: e.target.value as MemberRoleName | "" }))}
          >
            <option value="">{t("allRoles")}</option>
            {MEMBER_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </select>
        </div>
      </div>

      <p role="status" className="min-h-5 text-sm text-accent-strong">
        {m.loading ? t("loading") : notice}
      </p>

      {m.error && (
        <div role="alert" className="flex flex-wrap items-center gap-3">
          <p className={errorText}>{describe(m.error, { network: t("failed") })}</p>
          <button type="button" className={buttonSecondary} onClick={() => void m.retry()}>
            {t("retry")}
          </button>
        </div>
      )}

      {items.length === 0 && !m.loading && !m.error ? (
        filtered ? (
          <p className={`${card} p-6 text-muted`}>
            {m.filter.q.trim() ? t("noMatches", { query: m.filter.q.trim() }) : t("noMatchesRole")}
          </p>
        ) : (
          <div className={`${card} p-8 text-center`}>
            <h3 className="text-lg font-semibold">{t("emptyTitle")}</h3>
            <p className="mx-auto mt-2 max-w-md text-muted">{t("emptyBody")}</p>
            <Link href={`/studio/courses/${slug}/invites`} className={`${buttonPrimary} mt-4`}>
              {t("emptyAction")}
            </Link>
          </div>
        )
      ) : (
        <div className={`${card} overflow-hidden`}>
          {/* Column names for sighted readers; each cell carries its own for screen readers. */}
          <div
            aria-hidden="true"
            className={`${MEMBER_GRID} hidden border-b border-line bg-paper px-4 py-2 text-xs font-semibold uppercase tracking-wide text-muted sm:grid`}
          >
            <span>{t("columns.person")}</span>
            <span>{t("columns.role")}</span>
            <span>{t("columns.joined")}</span>
            <span className="text-right">{t("columns.actions")}</span>
          </div>
          <ul className="divide-y divide-line" aria-label={t("title")} aria-busy={m.loading}>
            {items.map((member) => (
              <MemberRow
                key={member.user.id}
                slug={slug}
                member={member}
                viewerId={viewerId}
                viewerIsAdmin={viewerIsAdmin}
                lastInstructor={instructors === 1 && !nextCursor && !filtered}
                onChanged={(changed, message) => {
                  m.replace((x) => x.user.id === changed.user.id, changed);
                  setNotice(message);
                }}
                onRemoved={(userId, message) => {
                  m.drop((x) => x.user.id === userId);
                  setNotice(message);
                }}
              />
            ))}
          </ul>
        </div>
      )}

      {nextCursor && (
        <button type="button" className={buttonSecondary} disabled={m.loading} onClick={() => void m.loadMore()}>
          {m.loading ? t("loading") : t("loadMore")}
        </button>
      )}
    </div>
  );
}
