"use client";

import { ConfirmAction } from "@/components/studio/members/confirm-action";
import { callApi, useApiError } from "@/components/ui/api";
import { Avatar } from "@/components/ui/avatar";
import { errorText, field } from "@/components/ui/styles";
import { managesRole, MEMBER_ROLES, type MemberDTO, type MemberRoleName } from "@/lib/courses/member-schema";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";

/** The row's columns (person, role, joined, actions); the list's header row uses the same. */
export const MEMBER_GRID = "gap-3 sm:grid-cols-[minmax(0,1fr)_10rem_8rem_14rem] sm:items-center";

type Props = {
  slug: string;
  member: MemberDTO;
  viewerId: string;
  viewerIsAdmin: boolean;
  /** Whether this is the only instructor listed (the removal question then says so). */
  lastInstructor: boolean;
  onChanged: (m: MemberDTO, message: string) => void;
  onRemoved: (userId: string, message: string) => void;
};

/** One member: who, their role (a select when the viewer may change it), when they joined, remove. */
export function MemberRow({ slug, member, viewerId, viewerIsAdmin, lastInstructor, onChanged, onRemoved }: Props) {
  const t = useTranslations("members");
  const format = useFormatter();
  const describe = useApiError();
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const { user, role } = member;
  const url = `/api/courses/${slug}/members/${user.id}`;
  // Changing a role needs power over the old role and the new one: an admin's alone.
  const canChangeRole = MEMBER_ROLES.every((r) => managesRole(viewerIsAdmin, r));
  const canRemove = managesRole(viewerIsAdmin, role);

  async function changeRole(next: MemberRoleName) {
    setSaving(true);
    setError(null);
    const res = await callApi<MemberDTO>(url, "PUT", { role: next });
    setSaving(false);
    if (!res.ok) return setError(describe(res));
    onChanged(res.data, t("roleChanged", { name: user.name, role: res.data.role }));
  }

  async function remove() {
    setError(null);
    const res = await callApi<null>(url, "DELETE");
    if (!res.ok) return setError(describe(res));
    onRemoved(user.id, t("removed", { name: user.name }));
  }

  return (
    <li className={`grid ${MEMBER_GRID} px-4 py-3`}>
      <div className="flex min-w-0 items-center gap-3">
        <Avatar id={user.id} name={user.name} url={user.avatarUrl} />
        <div className="min-w-0">
          <p className="truncate font-medium">
            {user.name}
            {user.id === viewerId && <span className="ml-1 text-sm font-normal text-muted">({t("you")})</span>}
          </p>
          <p className="truncate text-sm text-muted">{user.email}</p>
        </div>
      </div>
      <div>
        {canChangeRole ? (
          <select
            aria-label={t("roleSelectLabel", { name: user.name })}
            className={`${field} py-1.5 text-sm`}
            value={role}
            disabled={saving}
            onChange={(e) => void changeRole(e.target.value as MemberRoleName)}
          >
            {MEMBER_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </select>
        ) : (
          <span
            className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-medium ${
              role === "instructor" ? "bg-accent/10 text-accent-strong" : "bg-black/5 text-muted"
            }`}
          >
            {t(`roles.${role}`)}
          </span>
        )}
      </div>
      <p className="text-sm text-muted">
        <span className="sr-only">{t("columns.joined")}: </span>
        <time dateTime={member.joinedAt}>{format.dateTime(new Date(member.joinedAt), { dateStyle: "medium" })}</time>
      </p>
      <div className="sm:text-right">
        {canRemove && (
          <ConfirmAction
            label={t("remove")}
            ariaLabel={t("removeLabel", { name: user.name })}
            question={t(role === "instructor" && lastInstructor ? "confirmRemoveLastInstructor" : "confirmRemove", {
              name: user.name,
            })}
            confirmLabel={t("confirmYes")}
            cancelLabel={t("cancel")}
            onConfirm={remove}
          />
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
