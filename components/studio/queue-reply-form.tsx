"use client";

import { CharCount } from "@/components/comments/char-count";
import { useValidationMessage } from "@/components/comments/use-messages";
import { buttonPrimary, buttonQuiet, errorText, field, label } from "@/components/ui/styles";
import { CreateReplySchema, REPLY_MAX_LENGTH } from "@/lib/comments/schema";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from "react";

type Props = { onSubmit: (body: string) => Promise<string | null>; onCancel: () => void };

/** Answer a queued comment as the author; posting features it, since only featured comments take replies. */
export function QueueReplyForm({ onSubmit, onCancel }: Props) {
  const t = useTranslations("studio.queue");
  const invalid = useValidationMessage();
  const id = useId();
  const input = useRef<HTMLTextAreaElement>(null);
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [isPending, setPending] = useState(false);

  useEffect(() => input.current?.focus(), []);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = CreateReplySchema.safeParse({ body });
    if (!parsed.success) return setError(invalid(parsed.error, REPLY_MAX_LENGTH));
    setPending(true);
    setError(null);
    const failure = await onSubmit(parsed.data.body);
    setPending(false);
    if (failure) setError(failure);
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === "Escape") {
      event.preventDefault();
      onCancel();
    } else if (event.key === "Enter" && (event.metaKey || event.ctrlKey)) {
      event.currentTarget.form?.requestSubmit();
    }
  }

  return (
    <form onSubmit={submit} noValidate className="mt-4 space-y-2 rounded-lg border border-line bg-paper p-3">
      <label htmlFor={id} className={label}>
        {t("replyLabel")}
      </label>
      <p id={`${id}-note`} className="text-xs text-muted">
        {t("replyNote")}
      </p>
      <textarea
        id={id}
        ref={input}
        rows={3}
        value={body}
        onChange={(e) => setBody(e.target.value)}
        onKeyDown={onKeyDown}
        aria-invalid={error !== null}
        aria-describedby={`${id}-note ${id}-count`}
        className={field}
      />
      <div className="flex flex-wrap items-center justify-between gap-2">
        <CharCount id={`${id}-count`} length={body.length} max={REPLY_MAX_LENGTH} />
        <div className="flex gap-2">
          <button type="button" className={buttonQuiet} onClick={onCancel}>
            {t("cancel")}
          </button>
          <button type="submit" className={buttonPrimary} disabled={isPending}>
            {isPending ? t("posting") : t("postReply")}
          </button>
        </div>
      </div>
      {error && (
        <p role="alert" className={errorText}>
          {error}
        </p>
      )}
    </form>
  );
}
