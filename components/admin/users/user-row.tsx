"use client";

import { ConfirmAction } from "@/components/studio/members/confirm-action";
import { callApi, useApiError } from "@/components/ui/api";
import { Avatar } from "@/components/ui/avatar";
import { buttonQuiet, errorText } from "@/components/ui/styles";
import type { AdminUserDTO, UpdateUserInput } from "@/lib/admin/users-schema";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";

/** The row's columns (person, courses, joined, actions); the list's header row uses the same. */
export const USER_GRID = "gap-3 sm:grid-cols-[minmax(0,1fr)_minmax(0,1fr)_7rem_13rem] sm:items-center";
const badge = "rounded-full px-2 py-0.5 text-xs font-semibold";

type Props = { user: AdminUserDTO; viewerId: string; onChanged: (u: AdminUserDTO, message: string) => void };

/** One person: who, their courses, when they joined, and the admin's actions on them. */
export function UserRow({ user, viewerId, onChanged }: Props) {
  const t = useTranslations("admin-users");
  const format = useFormatter();
  const describe = useApiError();
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const isSelf = user.id === viewerId;

  async function change(input: UpdateUserInput, notice: string) {
    setSaving(true);
    setError(null);
    const res = await callApi<AdminUserDTO>(`/api/admin/users/${user.id}`, "PATCH", input);
    setSaving(false);
    if (!res.ok) return setError(describe(res, { conflict: t("lastAdmin") }));
    onChanged(res.data, t(notice, { name: user.name }));
  }

  return (
    <li className={`grid ${USER_GRID} px-4 py-3`} data-testid="admin-user">
      <div className="flex min-w-0 items-center gap-3">
        <Avatar id={user.id} name={user.name} url={user.avatarUrl} />
        <div className="min-w-0">
          <p className="flex flex-wrap items-center gap-x-2 gap-y-1 font-medium">
            <span className="truncate">{user.name}</span>
            {isSelf && <span className="text-sm font-normal text-muted">({t("you")})</span>}
            {user.role === "admin" && (
              <span className={`${badge} bg-accent-soft text-accent-strong`}>{t("admin")}</span>
            )}
            {user.suspended && <span className={`${badge} bg-warn-soft text-warn`}>{t("suspended")}</span>}
          </p>
          <p className="truncate text-sm text-muted">{user.email}</p>
        </div>
      </div>
      <p className="min-w-0 text-sm text-muted">
        <span className="sr-only">{t("columns.courses")}: </span>
        {user.courses.length === 0
          ? t("noCourses")
          : user.courses.map((c) => t("courseRole", { title: c.title, role: c.role })).join(" · ")}
      </p>
      <p className="text-sm text-muted">
        <time dateTime={user.createdAt}>
          {t("joinedOn", { date: format.dateTime(new Date(user.createdAt), { dateStyle: "medium" }) })}
        </time>
      </p>
      <div className="flex flex-wrap items-center gap-1 sm:justify-end">
        {user.role === "admin" ? (
          <ConfirmAction
            label={t("unmakeAdmin")}
            ariaLabel={t("unmakeAdminLabel", { name: user.name })}
            question={isSelf ? t("confirmUnmakeSelf") : t("confirmUnmakeAdmin", { name: user.name })}
            confirmLabel={t("confirmUnmakeYes")}
            cancelLabel={t("cancel")}
            onConfirm={() => change({ role: "user" }, "unmadeAdmin")}
          />
        ) : (
          <button
            type="button"
            className={buttonQuiet}
            aria-label={t("makeAdminLabel", { name: user.name })}
            disabled={saving}
            onClick={() => void change({ role: "admin" }, "madeAdmin")}
          >
            {t("makeAdmin")}
          </button>
        )}
        {user.suspended ? (
          <button
            type="button"
            className={buttonQuiet}
            aria-label={t("unsuspendLabel", { name: user.name })}
            disabled={saving}
            onClick={() => void change({ suspended: false }, "unsuspendedNotice")}
          >
            {t("unsuspend")}
          </button>
        ) : (
          !isSelf && (
            <ConfirmAction
              label={t("suspend")}
              ariaLabel={t("suspendLabel", { name: user.name })}
              question={t("confirmSuspend", { name: user.name })}
              confirmLabel={t("confirmSuspendYes")}
              cancelLabel={t("cancel")}
              onConfirm={() => change({ suspended: true }, "suspendedNotice")}
            />
          )
        )}
      </div>
      {error && (
        <p role="alert" className={`${errorText} sm:col-span-4`}>
          {error}
        </p>
      )}
    </li>
  );
}
