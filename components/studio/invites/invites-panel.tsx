"use client";

import { CopyLink } from "@/components/studio/invites/copy-link";
import { InviteForm } from "@/components/studio/invites/invite-form";
import { INVITE_GRID, InviteRow } from "@/components/studio/invites/invite-row";
import { card, field } from "@/components/ui/styles";
import type { InviteDTO } from "@/lib/invites/schema";
import { useTranslations } from "next-intl";
import { useState } from "react";

type Props = { slug: string; initial: InviteDTO[]; viewerIsAdmin: boolean };

/** The studio's invites tab: the create form, the newest invite's link to copy, and every invite. */
export function InvitesPanel({ slug, initial, viewerIsAdmin }: Props) {
  const t = useTranslations("invites");
  const [invites, setInvites] = useState(initial);
  const [created, setCreated] = useState<InviteDTO | null>(null);
  const [notice, setNotice] = useState("");

  return (
    <div className="space-y-6">
      <InviteForm
        slug={slug}
        viewerIsAdmin={viewerIsAdmin}
        onCreated={(invite) => {
          setInvites((list) => [invite, ...list]);
          setCreated(invite);
          setNotice(t("created"));
        }}
      />
      <p role="status" className="text-sm text-accent-strong empty:hidden">
        {notice}
      </p>
      {created && created.state === "valid" && (
        <div className={`${card} space-y-2 p-4`}>
          <label htmlFor="invite-new-link" className="block text-sm font-medium">
            {t("linkLabel")}
          </label>
          <div className="flex flex-wrap items-center gap-2">
            <input
              id="invite-new-link"
              readOnly
              value={created.url}
              className={`${field} min-w-0 flex-1 basis-72 font-mono text-sm`}
              onFocus={(e) => e.currentTarget.select()}
            />
            <CopyLink url={created.url} />
          </div>
        </div>
      )}
      <section aria-labelledby="invites-list-title" className="space-y-3">
        <h3 id="invites-list-title" className="text-lg font-semibold">
          {t("listTitle")}
        </h3>
        {invites.length === 0 ? (
          <div className={`${card} p-8 text-center`}>
            <p className="font-semibold">{t("emptyTitle")}</p>
            <p className="mx-auto mt-2 max-w-md text-muted">{t("emptyBody")}</p>
          </div>
        ) : (
          <div className={`${card} overflow-hidden`}>
            {/* Column names for sighted readers; each cell carries its own for screen readers. */}
            <div
              aria-hidden="true"
              className={`${INVITE_GRID} hidden gap-x-3 border-b border-line bg-paper px-4 py-2 text-xs font-semibold uppercase tracking-wide text-muted sm:grid`}
            >
              <span>{t("columns.role")}</span>
              <span>{t("columns.state")}</span>
              <span>{t("columns.uses")}</span>
              <span>{t("columns.expires")}</span>
              <span className="text-right">{t("columns.actions")}</span>
            </div>
            <ul className="divide-y divide-line" aria-labelledby="invites-list-title">
              {invites.map((invite) => (
                <InviteRow
                  key={invite.code}
                  invite={invite}
                  viewerIsAdmin={viewerIsAdmin}
                  highlighted={invite.code === created?.code}
                  onRevoked={(revoked) => {
                    setInvites((list) => list.map((i) => (i.code === revoked.code ? revoked : i)));
                    if (created?.code === revoked.code) setCreated(revoked);
                    setNotice(t("revoked"));
                  }}
                />
              ))}
            </ul>
          </div>
        )}
      </section>
    </div>
  );
}
