"use client";

import { callApi } from "@/components/ui/api";
import { errorText } from "@/components/ui/styles";
import type { CommentDTO, CurationInput } from "@/lib/comments/schema";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { CurationReason } from "./curation-reason";
import { useApiErrorMessage } from "./use-messages";

type ActionKey = "feature" | "unfeature" | "hide" | "pin" | "unpin" | "reason" | "faq";
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

/**
 * `hasAuthorReply`: whether the comment has a live author reply (FAQ entries need one; the
 * server checks it again and answers 409 otherwise).
 */
export function CurationControls({
  comment,
  hasAuthorReply,
  onCurated,
}: {
  comment: CommentDTO;
  hasAuthorReply: boolean;
  onCurated: (prev: CommentDTO, next: CommentDTO) => void;
}) {
  const t = useTranslations("comments");
  const f = useTranslations("faq");
  const describe = useApiErrorMessage();
  const labelId = useId();
  const faqHintId = useId();
  const [busy, setBusy] = useState<ActionKey | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isEditingReason, setEditingReason] = useState(false);
  const isFeatured = comment.status === "featured";
  const featureAction = actionsFor(comment).find((a) => a.key === "feature");

  async function run(action: Action) {
    setBusy(action.key);
    setError(null);
    const res = await callApi<CommentDTO>(`/api/comments/${comment.id}/curation`, "PATCH", {
      ...action.input,
      seenUpdatedAt: comment.updatedAt, // featuring is refused if the text changed since it was shown
    });
    setBusy(null);
    if (!res.ok) return setError(describe(res));
    setEditingReason(false);
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
      {(isFeatured || featureAction) && !isEditingReason && (
        <button type="button" className={small} disabled={busy !== null} onClick={() => setEditingReason(true)}>
          {isFeatured && comment.reason ? f("editReason") : f("addReason")}
        </button>
      )}
      {isFeatured && (
        <button
          type="button"
          className={small}
          disabled={busy !== null || (!comment.isFaq && !hasAuthorReply)}
          aria-describedby={!comment.isFaq && !hasAuthorReply ? faqHintId : undefined}
          onClick={() => run({ key: "faq", input: { faq: !comment.isFaq } })}
        >
          {comment.isFaq ? f("removeFromFaq") : f("addToFaq")}
        </button>
      )}
      {isFeatured && !comment.isFaq && !hasAuthorReply && (
        <p id={faqHintId} className="w-full text-xs text-muted">
          {f("faqNeedsAnswer")}
        </p>
      )}
      {isEditingReason && (isFeatured || featureAction) && (
        <CurationReason
          initial={comment.reason ?? ""}
          submitLabel={isFeatured ? f("saveReason") : f("featureWithReason")}
          isBusy={busy !== null}
          onCancel={() => setEditingReason(false)}
          onSubmit={(reason) =>
            run(
              isFeatured
                ? { key: "reason", input: { reason } }
                : { key: "feature", input: { ...featureAction!.input, reason } },
            )
          }
        />
      )}
      {error && (
        <p role="alert" className={`${errorText} w-full`}>
          {error}
        </p>
      )}
    </div>
  );
}
