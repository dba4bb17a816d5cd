"use client";

import { callApi } from "@/components/ui/api";
import { errorText } from "@/components/ui/styles";
import type { CommentDTO, CurationInput } from "@/lib/comments/schema";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useApiErrorMessage } from "./use-messages";

type ActionKey = "feature" | "unfeature" | "hide" | "pin" | "unpin";
type Action = { key: ActionKey; input: CurationInput };

const small =
  "inline-flex items-center rounded-md border border-line bg-card px-2.5 py-1 text-xs font-semibold text-ink transition hover:border-accent hover:text-accent-strong disabled:cursor-not-allowed disabled:opacity-60";

/** The one-click curation a course's instructors get on each comment. */
function actionsFor(c: CommentDTO): Action[] {
  if (c.status === "featured") {
    return [
      { key: "unfeature", input: { status: "pending" } },
      { key: "hide", input: { status: "hidden" } },
      c.pinned ? { key: "unpin", input: { pinned: false } } : { key: "pin", input: { pinned: true } },
    ];
  }
  const feature: Action = { key: "feature", input: { status: "featured" } };
  const isAwaiting = c.status === "pending" || c.status === "linked"; // a linked one may still be featured or hidden
  if (c.heldReason) return isAwaiting ? [{ key: "hide", input: { status: "hidden" } }] : [];
  return isAwaiting ? [feature, { key: "hide", input: { status: "hidden" } }] : [feature];
}

export function CurationControls({
  comment,
  onCurated,
}: {
  comment: CommentDTO;
  onCurated: (prev: CommentDTO, next: CommentDTO) => void;
}) {
  const t = useTranslations("comments");
  const describe = useApiErrorMessage();
  const labelId = useId();
  const [busy, setBusy] = useState<ActionKey | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function run(action: Action) {
    setBusy(action.key);
    setError(null);
    const res = await callApi<CommentDTO>(`/api/comments/${comment.id}/curation`, "PATCH", {
      ...action.input,
      seenUpdatedAt: comment.updatedAt, // featuring is refused if the text changed since it was shown
    });
    setBusy(null);
    if (!res.ok) return setError(describe(res));
    onCurated(comment, res.data);
  }

  return (
    <div
      role="group"
      aria-labelledby={labelId}
      aria-busy={busy !== null}
      className="mt-3 flex flex-wrap items-center gap-2 border-t border-dashed border-line pt-3"
    >
      <span id={labelId} className="text-xs font-medium uppercase tracking-wide text-muted">
        {t("curation")}
      </span>
      {actionsFor(comment).map((action) => (
        <button key={action.key} type="button" className={small} disabled={busy !== null} onClick={() => run(action)}>
          {t(action.key)}
        </button>
      ))}
      {error && (
        <p role="alert" className={`${errorText} w-full`}>
          {error}
        </p>
      )}
    </div>
  );
}
