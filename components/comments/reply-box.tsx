"use client";

import { errorText, field } from "@/components/ui/styles";
import { REPLY_MAX_LENGTH } from "@/lib/comments/schema";
import type { KeyboardEvent, ReactNode, Ref } from "react";
import { CharCount } from "./char-count";

type Props = {
  id: string;
  /** The label, visible or not (the caller's element, with htmlFor={id}). */
  label: ReactNode;
  /** A hint under the label, read with the box (give it the id `${id}-note`). */
  note?: ReactNode;
  draft: { body: string; setBody: (body: string) => void; error: string | null };
  rows?: number;
  inputRef?: Ref<HTMLTextAreaElement>;
  /** The form's buttons, beside the character count. */
  actions: ReactNode;
};

/**
 * The text box of every reply form: label, textarea, character count, buttons and the error.
 * Ctrl/⌘+Enter sends the form it sits in.
 */
export function ReplyBox({ id, label, note, draft, rows = 3, inputRef, actions }: Props) {
  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === "Enter" && (event.metaKey || event.ctrlKey)) event.currentTarget.form?.requestSubmit();
  }
  return (
    <>
      <div className="space-y-1">
        {label}
        {note}
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
        <div className="flex gap-2">{actions}</div>
      </div>
      {draft.error && (
        <p role="alert" className={errorText}>
          {draft.error}
        </p>
      )}
    </>
  );
}
