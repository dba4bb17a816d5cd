"use client";

import { buttonPrimary, buttonQuiet, errorText, field, label } from "@/components/ui/styles";
import { REPLY_MAX_LENGTH } from "@/lib/comments/schema";
import type { KeyboardEvent, Ref } from "react";
import { CharCount } from "./char-count";

type Props = {
  id: string;
  label: string;
  /** The label for screen readers only (the context says what the box is for). */
  hideLabel?: boolean;
  /** A hint under the label, read with the box. */
  note?: string;
  draft: { body: string; setBody: (body: string) => void; error: string | null; isSending: boolean };
  rows?: number;
  inputRef?: Ref<HTMLTextAreaElement>;
  onCancel: () => void;
  cancelLabel: string;
  submitLabel: string;
  sendingLabel: string;
};

/**
 * The text box of every reply form: label, textarea, character count, Cancel and send, and the
 * error. It sits in the caller's form, which sends it; Ctrl/⌘+Enter sends it too.
 */
export function ReplyBox({
  id,
  label: text,
  hideLabel,
  note,
  draft,
  rows = 3,
  inputRef,
  onCancel,
  cancelLabel,
  submitLabel,
  sendingLabel,
}: Props) {
  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === "Enter" && (event.metaKey || event.ctrlKey)) event.currentTarget.form?.requestSubmit();
  }
  return (
    <>
      <div className="space-y-1">
        <label htmlFor={id} className={hideLabel ? "sr-only" : label}>
          {text}
        </label>
        {note && (
          <p id={`${id}-note`} className="text-xs text-muted">
            {note}
          </p>
        )}
        <textarea
          id={id}
          ref={inputRef}
          rows={rows}
          value={draft.body}
          onChange={(e) => draft.setBody(e.target.value)}
          onKeyDown={onKeyDown}
          aria-invalid={draft.error !== null}
          aria-describedby={note ? `${id}-note ${id}-count` : `${id}-count`}
          className={field}
        />
      </div>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <CharCount id={`${id}-count`} length={draft.body.length} max={REPLY_MAX_LENGTH} />
        <div className="flex gap-2">
          <button type="button" className={buttonQuiet} onClick={onCancel}>
            {cancelLabel}
          </button>
          <button type="submit" className={buttonPrimary} disabled={draft.isSending}>
            {draft.isSending ? sendingLabel : submitLabel}
          </button>
        </div>
      </div>
      {draft.error && (
        <p role="alert" className={errorText}>
          {draft.error}
        </p>
      )}
    </>
  );
}
