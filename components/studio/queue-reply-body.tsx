"use client";

import { Avatar } from "@/components/ui/avatar";
import type { QueueReplyItem } from "@/lib/studio/schema";
import { useTranslations } from "next-intl";

/** A pending reply in the queue: its text, under the featured comment it answers (the context to judge it by). */
export function PendingReplyBody({ item }: { item: QueueReplyItem }) {
  const t = useTranslations("studio.queue");
  const { comment, reply } = item;
  return (
    <>
      <p className="mt-2 whitespace-pre-wrap break-words leading-relaxed">{reply.body}</p>
      <div className="mt-3 rounded-lg border border-line bg-paper p-3">
        <p className="text-xs font-medium uppercase tracking-wide text-muted">
          {t("repliesTo", { name: comment.author.name })}
        </p>
        <div className="mt-2 flex gap-2">
          <Avatar id={comment.author.id} name={comment.author.name} url={comment.author.avatarUrl} size={28} />
          <p className="line-clamp-3 min-w-0 whitespace-pre-wrap break-words text-sm leading-relaxed text-muted">
            {comment.body}
          </p>
        </div>
      </div>
    </>
  );
}
