"use client";

import { CreateReplySchema, REPLY_MAX_LENGTH } from "@/lib/comments/schema";
import { useState, type FormEvent } from "react";
import { useValidationMessage } from "./use-messages";

/**
 * The draft of a reply, shared by every form that writes one (under a comment, in the queue,
 * for a group, editing an answer): checked as the server checks it before it is sent, kept in
 * the box when sending fails. `send` resolves to an error message, or null once sent; then the
 * box empties if `emptyWhenSent` (a form that stays open for the next reply).
 */
export function useReplyDraft(
  send: (body: string) => Promise<string | null>,
  { initial = "", emptyWhenSent = false } = {},
) {
  const invalid = useValidationMessage();
  const [body, setBody] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [isSending, setSending] = useState(false);

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    const parsed = CreateReplySchema.safeParse({ body });
    if (!parsed.success) return setError(invalid(parsed.error, REPLY_MAX_LENGTH));
    setSending(true);
    setError(null);
    const failure = await send(parsed.data.body);
    setSending(false);
    setError(failure);
    if (failure === null && emptyWhenSent) setBody("");
  }

  return { body, setBody, error, setError, isSending, submit };
}
