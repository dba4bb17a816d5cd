"use client";

import { MEMBER_GRID, MemberRow } from "@/components/studio/members/member-row";
import { Field } from "@/components/ui/field";
import { PagedListFrame } from "@/components/ui/paged-list-frame";
import { buttonPrimary, card, field } from "@/components/ui/styles";
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
  const m = usePagedList(`/api/courses/${slug}/members`, first, { q: "", role: "" as MemberRoleName | "" });
  const [notice, setNotice] = useState("");
  const { items, nextCursor } = m.page;
  const query = m.filter.q.trim();
  const filtered = query !== "" || m.filter.role !== "";
  const instructors = items.filter((x) => x.role === "instructor").length;

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end gap-3">
        <Field id="members-search" label={t("searchLabel")} className="min-w-0 flex-1 basis-60">
          {(control) => (
            <input
              {...control}
              type="search"
              className={field}
              placeholder={t("searchPlaceholder")}
              value={m.filter.q}
              maxLength={100}
              onChange={(e) => m.setFilter((f) => ({ ...f, q: e.target.value }))}
            />
          )}
        </Field>
        <Field id="members-role" label={t("roleFilterLabel")} className="w-44">
          {(control) => (
            <select
              {...control}
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
          )}
        </Field>
      </div>

      <PagedListFrame
        list={m}
        t={t}
        notice={notice}
        empty={
          !filtered ? (
            <div className={`${card} p-8 text-center`}>
              <h3 className="text-lg font-semibold">{t("emptyTitle")}</h3>
              <p className="mx-auto mt-2 max-w-md text-muted">{t("emptyBody")}</p>
              <Link href={`/studio/courses/${slug}/invites`} className={`${buttonPrimary} mt-4`}>
                {t("emptyAction")}
              </Link>
            </div>
          ) : query ? (
            t("noMatches", { query })
          ) : (
            t("noMatchesRole")
          )
        }
        grid={MEMBER_GRID}
        columns={
          <>
            <span>{t("columns.person")}</span>
            <span>{t("columns.role")}</span>
            <span>{t("columns.joined")}</span>
            <span className="text-right">{t("columns.actions")}</span>
          </>
        }
      >
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
      </PagedListFrame>
    </div>
  );
}
