"use client";

import { ReplyBox } from "@/components/comments/reply-box";
import { useReplyDraft } from "@/components/comments/use-reply-draft";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef } from "react";

type Props = { onSubmit: (body: string) => Promise<string | null>; onCancel: () => void };

/** Answer a queued comment as the author; posting features it, since only featured comments take replies. */
export function QueueReplyForm({ onSubmit, onCancel }: Props) {
  const t = useTranslations("studio.queue");
  const id = useId();
  const input = useRef<HTMLTextAreaElement>(null);
  const draft = useReplyDraft(onSubmit);

  useEffect(() => input.current?.focus(), []);

  return (
    <form
      onSubmit={draft.submit}
      onKeyDown={(e) => {
        if (e.key !== "Escape") return;
        e.preventDefault();
        onCancel();
      }}
      noValidate
      className="mt-4 space-y-2 rounded-lg border border-line bg-paper p-3"
    >
      <ReplyBox
        id={id}
        inputRef={input}
        draft={draft}
        label={t("replyLabel")}
        note={t("replyNote")}
        onCancel={onCancel}
        cancelLabel={t("cancel")}
        submitLabel={t("postReply")}
        sendingLabel={t("posting")}
      />
    </form>
  );
}
