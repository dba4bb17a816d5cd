"use client";

import { Avatar } from "@/components/ui/avatar";
import type { QueueReportItem } from "@/lib/studio/schema";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

// Pieces of a queue item: its action buttons and the body of a report.

/** A one-click action that names its one-key shortcut (shown, and announced via aria-keyshortcuts). */
export function ActionButton({
  shortcut,
  tone = "plain",
  onClick,
  children,
}: {
  shortcut: string;
  tone?: "primary" | "plain" | "danger";
  onClick: () => void;
  children: ReactNode;
}) {
  const tones = {
    primary: "border-accent/40 bg-accent-soft text-accent-strong hover:border-accent hover:bg-accent hover:text-white",
    plain: "border-line bg-card text-ink hover:border-accent hover:text-accent-strong",
    danger: "border-line bg-card text-ink hover:border-red-300 hover:bg-red-50 hover:text-red-800",
  };
  return (
    <button
      type="button"
      aria-keyshortcuts={shortcut}
      onClick={onClick}
      className={`group/btn inline-flex items-center gap-2 rounded-md border px-2.5 py-1 text-sm font-semibold transition ${tones[tone]}`}
    >
      {children}
      <kbd
        aria-hidden="true"
        className="rounded border border-current/25 px-1 font-mono text-[11px] font-medium leading-4 opacity-60"
      >
        {shortcut}
      </kbd>
    </button>
  );
}

/** The reason, then the reported comment (or the reply, under the comment it answers). */
export function ReportBody({ item }: { item: QueueReportItem }) {
  const t = useTranslations("studio.queue");
  const { comment, reply } = item;
  return (
    <>
      <p className="mt-2 border-l-2 border-warn/50 pl-3 italic leading-relaxed text-ink">“{item.reason}”</p>
      <div className="mt-3 rounded-lg border border-line bg-card p-3">
        <p className="text-xs font-medium uppercase tracking-wide text-muted">
          {reply ? t("onComment", { name: comment.author.name }) : t("reportedComment")}
        </p>
        <div className="mt-2 flex gap-2">
          <Avatar id={comment.author.id} name={comment.author.name} url={comment.author.avatarUrl} size={28} />
          <div className="min-w-0">
            <p className="text-sm font-semibold">{comment.author.name}</p>
            <p
              className={`whitespace-pre-wrap break-words text-sm leading-relaxed ${reply ? "line-clamp-2 text-muted" : ""}`}
            >
              {comment.body}
            </p>
          </div>
        </div>
        {reply && (
          <div className="mt-3 border-t border-dashed border-line pt-3">
            <p className="text-xs font-medium uppercase tracking-wide text-warn">
              {t("reportedReply", { name: reply.author.name })}
              {reply.isHidden && <span className="ml-2 text-muted">· {t("replyHidden")}</span>}
            </p>
            <div className="mt-2 flex gap-2">
              <Avatar id={reply.author.id} name={reply.author.name} url={reply.author.avatarUrl} size={28} />
              <p className="min-w-0 whitespace-pre-wrap break-words text-sm leading-relaxed">{reply.body}</p>
            </div>
          </div>
        )}
      </div>
    </>
  );
}
