"use client";

import { callApi } from "@/components/ui/api";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { buttonPrimary, buttonQuiet, errorText, field } from "@/components/ui/styles";
import {
  canDeleteReply,
  canEditReply,
  replyFacts,
  UpdateReplySchema,
  type ReplyCurationResultDTO,
} from "@/lib/comments/reply-schema";
import { REPLY_MAX_LENGTH, type ReplyDTO } from "@/lib/comments/schema";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { CharCount } from "./char-count";
import { useApiErrorMessage, useValidationMessage } from "./use-messages";
import type { RepliesThread } from "./use-replies";

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
  const invalid = useValidationMessage();
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [isConfirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState<"save" | "delete" | "curate" | null>(null);
  const [error, setError] = useState<string | null>(null);
  const facts = replyFacts(reply);

  function edit(next: string | null) {
    setDraft(next);
    setError(null);
    onEditing(next !== null);
  }

  async function save() {
    const parsed = UpdateReplySchema.safeParse({ body: draft });
    if (!parsed.success) return setError(invalid(parsed.error, REPLY_MAX_LENGTH));
    setBusy("save");
    const res = await callApi<ReplyDTO>(`/api/replies/${reply.id}`, "PATCH", parsed.data);
    setBusy(null);
    if (!res.ok) return setError(describe(res));
    thread.replace(res.data);
    edit(null);
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

  if (draft !== null) {
    return (
      <div className="mt-2 space-y-2">
        <label htmlFor={id} className="sr-only">
          {t("editLabel")}
        </label>
        <textarea
          id={id}
          rows={3}
          className={field}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          aria-invalid={error !== null}
          aria-describedby={`${id}-count`}
        />
        <div className="flex flex-wrap items-center justify-between gap-2">
          <CharCount id={`${id}-count`} length={draft.length} max={REPLY_MAX_LENGTH} />
          <div className="flex gap-2">
            <button type="button" className={buttonQuiet} onClick={() => edit(null)}>
              {t("cancel")}
            </button>
            <button type="button" className={buttonPrimary} onClick={save} disabled={busy !== null}>
              {busy === "save" ? t("saving") : t("save")}
            </button>
          </div>
        </div>
        {error && (
          <p role="alert" className={errorText}>
            {error}
          </p>
        )}
      </div>
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
          <button type="button" className={buttonQuiet} onClick={() => edit(reply.body)}>
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
