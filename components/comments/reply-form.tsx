"use client";

import { callApi } from "@/components/ui/api";
import type { ReplyDTO } from "@/lib/comments/schema";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef } from "react";
import { ReplyBox } from "./reply-box";
import { useApiErrorMessage } from "./use-messages";
import { useReplyDraft } from "./use-reply-draft";

type Props = { commentId: string; onPosted: (reply: ReplyDTO) => void; onCancel: () => void };

/** The small reply form under a featured comment (members; curators' replies become author replies). */
export function ReplyForm({ commentId, onPosted, onCancel }: Props) {
  const t = useTranslations("comments");
  const describe = useApiErrorMessage();
  const id = useId();
  const input = useRef<HTMLTextAreaElement>(null);
  const draft = useReplyDraft(
    async (body) => {
      const res = await callApi<ReplyDTO>(`/api/comments/${commentId}/replies`, "POST", { body });
      if (!res.ok) return res.status === 401 ? t("errors.sessionExpiredShort") : describe(res);
      onPosted(res.data);
      return null;
    },
    { emptyWhenSent: true },
  );

  useEffect(() => input.current?.focus(), []);

  return (
    <form onSubmit={draft.submit} noValidate className="mt-3 space-y-2">
      <ReplyBox
        id={id}
        inputRef={input}
        draft={draft}
        label={t("yourReply")}
        onCancel={onCancel}
        cancelLabel={t("cancel")}
        submitLabel={t("postReply")}
        sendingLabel={t("posting")}
      />
    </form>
  );
}
