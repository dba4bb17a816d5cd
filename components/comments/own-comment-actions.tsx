"use client";

import { callApi } from "@/components/ui/api";
import { buttonPrimary, buttonQuiet, errorText, field } from "@/components/ui/styles";
import { COMMENT_MAX_LENGTH, CreateCommentSchema, type CommentDTO } from "@/lib/comments/schema";
import { asDeleted } from "@/lib/comments/visibility";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useApiErrorMessage } from "./use-messages";

/** The author's own actions, as the server allows them (`comment.can`): edit while pending, delete any time. */
export function OwnCommentActions({
  comment,
  onChanged,
}: {
  comment: CommentDTO;
  onChanged: (next: CommentDTO) => void;
}) {
  const t = useTranslations("comments");
  const describe = useApiErrorMessage();
  const [isEditing, setEditing] = useState(false);
  const [draft, setDraft] = useState(comment.body);
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);

  async function save() {
    const parsed = CreateCommentSchema.safeParse({ body: draft });
    if (!parsed.success) return setError(t("errors.tooShort"));
    setBusy(true);
    const res = await callApi<CommentDTO>(`/api/comments/${comment.id}`, "PATCH", parsed.data);
    setBusy(false);
    if (!res.ok) return setError(describe(res));
    setEditing(false);
    setError(null);
    onChanged(res.data);
  }

  async function remove() {
    if (!window.confirm(t("confirmDelete"))) return;
    setBusy(true);
    const res = await callApi<null>(`/api/comments/${comment.id}`, "DELETE");
    setBusy(false);
    if (!res.ok) return setError(describe(res));
    onChanged(asDeleted(comment));
  }

  if (isEditing) {
    const id = `edit-${comment.id}`;
    return (
      <div className="mt-3 space-y-2">
        <label htmlFor={id} className="sr-only">
          {t("editLabel")}
        </label>
        <textarea
          id={id}
          className={`${field} min-h-24`}
          maxLength={COMMENT_MAX_LENGTH}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
        />
        {error && (
          <p role="alert" className={errorText}>
            {error}
          </p>
        )}
        <div className="flex gap-2">
          <button type="button" className={buttonPrimary} onClick={save} disabled={isBusy}>
            {t("save")}
          </button>
          <button type="button" className={buttonQuiet} onClick={() => setEditing(false)}>
            {t("cancel")}
          </button>
        </div>
      </div>
    );
  }
  return (
    <div className="mt-2 flex flex-wrap items-center gap-2">
      {comment.can.edit && (
        <button type="button" className={buttonQuiet} onClick={() => setEditing(true)}>
          {t("edit")}
        </button>
      )}
      {comment.can.delete && (
        <button type="button" className={buttonQuiet} onClick={remove} disabled={isBusy}>
          {t("delete")}
        </button>
      )}
      {error && (
        <p role="alert" className={errorText}>
          {error}
        </p>
      )}
    </div>
  );
}
