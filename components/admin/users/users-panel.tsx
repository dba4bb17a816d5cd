"use client";

import { USER_GRID, UserRow } from "@/components/admin/users/user-row";
import { Field } from "@/components/ui/field";
import { PagedListFrame } from "@/components/ui/paged-list-frame";
import { field } from "@/components/ui/styles";
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
  const router = useRouter();
  const list = usePagedList("/api/admin/users", first, { q: "" });
  const [notice, setNotice] = useState("");
  const { items } = list.page;
  const query = list.filter.q.trim();

  return (
    <div className="space-y-4">
      <Field id="users-search" label={t("searchLabel")} className="max-w-md">
        {(control) => (
          <input
            {...control}
            type="search"
            className={field}
            placeholder={t("searchPlaceholder")}
            value={list.filter.q}
            maxLength={100}
            onChange={(e) => list.setFilter({ q: e.target.value })}
          />
        )}
      </Field>

      <PagedListFrame
        list={list}
        t={t}
        notice={notice}
        empty={query ? t("noMatches", { query }) : t("empty")}
        grid={USER_GRID}
        columns={
          <>
            <span>{t("columns.person")}</span>
            <span>{t("columns.courses")}</span>
            <span>{t("columns.joined")}</span>
            <span className="text-right">{t("columns.actions")}</span>
          </>
        }
      >
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
      </PagedListFrame>
    </div>
  );
}
