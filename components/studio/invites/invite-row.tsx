"use client";

import { CopyLink } from "@/components/studio/invites/copy-link";
import { ConfirmAction } from "@/components/studio/members/confirm-action";
import { callApi, useApiError } from "@/components/ui/api";
import { errorText } from "@/components/ui/styles";
import { managesRole } from "@/lib/courses/member-schema";
import type { InviteDTO, InviteState } from "@/lib/invites/schema";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";

const BADGE: Record<InviteState, string> = {
  valid: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  expired: "bg-amber-50 text-amber-800 ring-amber-200",
  revoked: "bg-red-50 text-red-800 ring-red-200",
  used_up: "bg-black/5 text-muted ring-line",
};

/** The row's columns (role, state, uses, expiry, actions); the list's header row uses the same. */
export const INVITE_GRID =
  "grid-cols-[auto_minmax(0,1fr)] items-center sm:grid-cols-[7rem_6rem_9rem_minmax(0,1fr)_14rem]";

type Props = {
  invite: InviteDTO;
  viewerIsAdmin: boolean;
  highlighted: boolean;
  onRevoked: (invite: InviteDTO) => void;
};

/** One invite: its role, uses, expiry and state; copy its link; revoke it (after asking). */
export function InviteRow({ invite, viewerIsAdmin, highlighted, onRevoked }: Props) {
  const t = useTranslations("invites");
  const format = useFormatter();
  const describe = useApiError();
  const [error, setError] = useState<string | null>(null);
  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });
  const live = invite.state === "valid";

  async function revoke() {
    setError(null);
    const res = await callApi<InviteDTO>(`/api/invites/${invite.code}`, "DELETE");
    if (!res.ok) return setError(describe(res));
    onRevoked(res.data);
  }

  return (
    <li className={`grid ${INVITE_GRID} gap-x-3 gap-y-2 px-4 py-3 ${highlighted ? "bg-accent/5" : ""}`}>
      <p className="font-medium">
        <span className="sr-only">{t("columns.role")}: </span>
        {t(`roles.${invite.role}`)}
      </p>
      <p>
        <span className="sr-only">{t("columns.state")}: </span>
        <span className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-medium ring-1 ${BADGE[invite.state]}`}>
          {t(`states.${invite.state}`)}
        </span>
      </p>
      <p className="col-span-2 text-sm sm:col-span-1">
        <span className="text-muted sm:sr-only">{t("columns.uses")}: </span>
        {invite.maxUses === null
          ? t("usesUnlimited", { uses: invite.uses })
          : t("usesOf", { uses: invite.uses, max: invite.maxUses })}
      </p>
      <p className="col-span-2 text-sm sm:col-span-1">
        <span className="text-muted sm:sr-only">{t("columns.expires")}: </span>
        {invite.expiresAt ? <time dateTime={invite.expiresAt}>{date(invite.expiresAt)}</time> : t("never")}
      </p>
      <div className="col-span-2 flex flex-wrap items-center gap-2 sm:col-span-1 sm:justify-end">
        {live && (
          <CopyLink
            url={invite.url}
            ariaLabel={t("copyLabel", { role: invite.role, created: date(invite.createdAt) })}
          />
        )}
        {live && managesRole(viewerIsAdmin, invite.role) && (
          <ConfirmAction
            label={t("revoke")}
            question={t("confirmRevoke")}
            confirmLabel={t("confirmYes")}
            cancelLabel={t("cancel")}
            onConfirm={revoke}
          />
        )}
      </div>
      {error && (
        <p role="alert" className={`${errorText} col-span-2 sm:col-span-5`}>
          {error}
        </p>
      )}
    </li>
  );
}
