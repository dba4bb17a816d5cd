"use client";

import { callApi } from "@/components/ui/api";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { buttonQuiet, errorText } from "@/components/ui/styles";
import { canDeleteReply, canEditReply, replyFacts, type ReplyCurationResultDTO } from "@/lib/comments/reply-schema";
import type { ReplyDTO } from "@/lib/comments/schema";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { ReplyBox } from "./reply-box";
import { useApiErrorMessage } from "./use-messages";
import type { RepliesThread } from "./use-replies";
import { useReplyDraft } from "./use-reply-draft";

type Props = {
  reply: ReplyDTO;
  thread: Pick<RepliesThread, "add" | "replace" | "remove">;
  viewerId: string | null;
  canCurate: boolean;
  /** The reply's text is replaced by the edit form while it is open. */
  onEditing: (isEditing: boolean) => void;
};

/**
 * What the viewer may do with a reply: curators publish a pending one and hide any; its author
 * edits it (see canEditReply) and deletes it after confirming. A failed edit keeps the text.
 */
export function ReplyActions({ reply, thread, viewerId, canCurate, onEditing }: Props) {
  const t = useTranslations("replies");
  const describe = useApiErrorMessage();
  const id = useId();
  const [isEditing, setEditing] = useState(false);
  const [isConfirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState<"delete" | "curate" | null>(null);
  const [error, setError] = useState<string | null>(null);
  const facts = replyFacts(reply);
  const draft = useReplyDraft(
    async (body) => {
      const res = await callApi<ReplyDTO>(`/api/replies/${reply.id}`, "PATCH", { body });
      if (!res.ok) return describe(res);
      thread.replace(res.data);
      edit(false);
      return null;
    },
    { initial: reply.body },
  );

  function edit(open: boolean) {
    if (open) draft.setBody(reply.body);
    draft.setError(null);
    setEditing(open);
    onEditing(open);
  }

  async function remove() {
    setBusy("delete");
    const res = await callApi<null>(`/api/replies/${reply.id}`, "DELETE");
    setBusy(null);
    if (!res.ok) return setError(describe(res));
    setConfirming(false);
    thread.remove(reply.id);
  }

  async function curate(status: "published" | "hidden") {
    setBusy("curate");
    setError(null);
    const res = await callApi<ReplyCurationResultDTO>(`/api/replies/${reply.id}/curation`, "PATCH", {
      status,
      seenUpdatedAt: reply.updatedAt, // refused if edited since: the text shown is the text published
    });
    setBusy(null);
    if (!res.ok) return setError(describe(res));
    if (res.data.isHidden) thread.remove(reply.id, res.data.replyCount);
    else thread.add(res.data.reply, res.data.replyCount);
  }

  if (isEditing) {
    return (
      <form onSubmit={draft.submit} noValidate className="mt-2 space-y-2">
        <ReplyBox
          id={id}
          draft={draft}
          label={t("editLabel")}
          hideLabel
          onCancel={() => edit(false)}
          cancelLabel={t("cancel")}
          submitLabel={t("save")}
          sendingLabel={t("saving")}
        />
      </form>
    );
  }

  const isPending = reply.status === "pending";
  return (
    <>
      <div role="group" aria-label={t("actionsFor")} className="mt-1 flex flex-wrap items-center gap-1">
        {canCurate && isPending && (
          <button type="button" className={buttonQuiet} disabled={busy !== null} onClick={() => curate("published")}>
            {t("publish")}
          </button>
        )}
        {canCurate && (
          <button type="button" className={buttonQuiet} disabled={busy !== null} onClick={() => curate("hidden")}>
            {t("hide")}
          </button>
        )}
        {canEditReply(viewerId, canCurate, facts) && (
          <button type="button" className={buttonQuiet} onClick={() => edit(true)}>
            {t("edit")}
          </button>
        )}
        {canDeleteReply(viewerId, facts) && (
          <button type="button" className={buttonQuiet} onClick={() => setConfirming(true)}>
            {t("delete")}
          </button>
        )}
        {busy === "curate" && (
          <span role="status" className="text-sm text-muted">
            {t("working")}
          </span>
        )}
      </div>
      {error && !isConfirming && (
        <p role="alert" className={errorText}>
          {error}
        </p>
      )}
      <ConfirmDialog
        open={isConfirming}
        onClose={() => {
          setConfirming(false);
          setError(null);
        }}
        title={t("deleteTitle")}
        body={t("deleteBody")}
        error={error}
        cancelLabel={t("cancel")}
        confirmLabel={busy === "delete" ? t("deleting") : t("delete")}
        onConfirm={remove}
        isBusy={busy === "delete"}
        isDanger
      />
    </>
  );
}
