"use client";

import { callApi } from "@/components/ui/api";
import { buttonPrimary, buttonQuiet, errorText, field, label } from "@/components/ui/styles";
import { CreateReplySchema, REPLY_MAX_LENGTH, type ReplyDTO } from "@/lib/comments/schema";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { CharCount } from "./char-count";
import { useApiErrorMessage, useValidationMessage } from "./use-messages";

type Props = { commentId: string; onPosted: (reply: ReplyDTO) => void; onCancel: () => void };

/** The small reply form under a featured comment (members; curators' replies become author replies). */
export function ReplyForm({ commentId, onPosted, onCancel }: Props) {
  const t = useTranslations("comments");
  const describe = useApiErrorMessage();
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
    const res = await callApi<ReplyDTO>(`/api/comments/${commentId}/replies`, "POST", parsed.data);
    setPending(false);
    if (!res.ok) return setError(res.status === 401 ? t("errors.sessionExpiredShort") : describe(res));
    setBody("");
    onPosted(res.data);
  }

  return (
    <form onSubmit={submit} noValidate className="mt-3 space-y-2">
      <label htmlFor={id} className={label}>
        {t("yourReply")}
      </label>
      <textarea
        id={id}
        ref={input}
        rows={3}
        value={body}
        onChange={(e) => setBody(e.target.value)}
        aria-invalid={error !== null}
        aria-describedby={`${id}-count`}
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
