"use client";

import { useSeenOnScreen } from "@/components/comments/use-seen-on-screen";
import { Avatar } from "@/components/ui/avatar";
import { errorText } from "@/components/ui/styles";
import type { QueueItemDTO } from "@/lib/studio/schema";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useState } from "react";
import { CurationReason } from "../comments/curation-reason";
import { ActionButton, ReportBody } from "./queue-item-parts";
import { PendingReplyBody } from "./queue-reply-body";
import { QueueReplyForm } from "./queue-reply-form";
import { StudioTime } from "./studio-time";

export type QueueAction = "feature" | "hide" | "pin" | "dismiss";

type Props = {
  item: QueueItemDTO;
  serverNow: number;
  isActive: boolean;
  /** Arrived live since the page was opened. */
  isNew: boolean;
  /** Its author edited it since the page showed it (the new text is shown). */
  isEdited: boolean;
  isSelected: boolean;
  isReplying: boolean;
  /** Whether the list offers multi-select (the queue does; the reports list does not). */
  selectable: boolean;
  error: string | undefined;
  /** Receives the item's element, so the queue can move the focus to it. */
  register: (el: HTMLElement | null) => void;
  onFocus: () => void;
  /** `reason`: a "why featured" note going with "feature". */
  onAction: (action: QueueAction, reason?: string) => void;
  onToggleSelect: () => void;
  onReplyToggle: (open: boolean) => void;
  onReply: (body: string) => Promise<string | null>;
};

const tag = "inline-flex items-center rounded px-1.5 py-0.5 text-xs font-semibold";

/** One thing to decide: a pending comment or reply, or an open report, with its article and author in view. */
export function QueueItem({
  item,
  serverNow,
  isActive,
  isNew,
  isEdited,
  isSelected,
  isReplying,
  selectable,
  error,
  register,
  onFocus,
  onAction,
  onToggleSelect,
  onReplyToggle,
  onReply,
}: Props) {
  const t = useTranslations("studio.queue");
  const f = useTranslations("faq");
  const [isGivingReason, setGivingReason] = useState(false);
  const { comment } = item;
  const isReport = item.kind === "report";
  const isComment = item.kind === "comment";
  const seenRef = useSeenOnScreen(comment.id, isComment); // its author learns it was seen
  // The person whose words are to be judged: the reply's author for a reply.
  const author = item.kind === "reply" ? item.reply.author : comment.author;
  const label =
    item.kind === "report"
      ? t("reportBy", { name: item.reporter.name })
      : item.kind === "reply"
        ? t("replyBy", { name: author.name })
        : t("commentBy", { name: author.name });

  return (
    <li ref={seenRef}>
      <article
        ref={register}
        data-queue-id={item.id}
        tabIndex={-1}
        onFocus={onFocus}
        aria-label={label}
        data-active={isActive || undefined}
        className={`relative rounded-xl border p-4 shadow-sm outline-none transition sm:p-5 ${
          isActive ? "border-accent ring-2 ring-accent/25" : "border-line"
        } ${isSelected ? "bg-accent-soft/50" : isReport ? "bg-warn-soft/30" : "bg-card"}`}
      >
        <div className="flex gap-3">
          {selectable && (
            <div className="flex w-5 shrink-0 justify-center pt-2.5">
              {isComment && (
                <input
                  type="checkbox"
                  checked={isSelected}
                  onChange={onToggleSelect}
                  aria-label={t("select", { name: comment.author.name })}
                  aria-keyshortcuts="x"
                  className="size-4 accent-[var(--color-accent)]"
                />
              )}
            </div>
          )}
          {isReport ? (
            <span
              aria-hidden="true"
              className="flex size-10 shrink-0 items-center justify-center rounded-full bg-warn-soft text-lg text-warn"
            >
              ⚑
            </span>
          ) : (
            <Avatar id={author.id} name={author.name} url={author.avatarUrl} size={40} />
          )}
          <div className="min-w-0 flex-1">
            <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
              <span className="font-semibold">{isReport ? item.reporter.name : author.name}</span>
              {isReport ? (
                <span className={`${tag} bg-warn-soft text-warn`}>{t("report")}</span>
              ) : (
                <span className={`${tag} bg-black/5 text-muted`}>
                  {item.kind === "reply" ? t("pendingReply") : t("pending")}
                </span>
              )}
              {isNew && <span className={`${tag} bg-accent-soft text-accent-strong`}>{t("new")}</span>}
              {isEdited && <span className={`${tag} bg-warn-soft text-warn`}>{t("edited")}</span>}
              <StudioTime iso={item.createdAt} serverNow={serverNow} className="ml-auto" />
            </div>
            <p className="mt-0.5 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-muted">
              <span>
                {t("on")}{" "}
                <Link
                  href={item.article.href}
                  className="font-medium text-ink underline decoration-line underline-offset-2 hover:text-accent-strong hover:decoration-accent"
                >
                  {item.article.title}
                </Link>
              </span>
              <span className="rounded-full border border-line bg-paper px-2 text-xs leading-5">
                <span className="sr-only">{t("courseTag")} </span>
                {item.course.title}
              </span>
            </p>
            {item.kind === "report" ? (
              <ReportBody item={item} />
            ) : item.kind === "reply" ? (
              <PendingReplyBody item={item} />
            ) : (
              <p className="mt-2 whitespace-pre-wrap break-words leading-relaxed">{comment.body}</p>
            )}

            <div role="group" aria-label={t("actions")} className="mt-3 flex flex-wrap items-center gap-2">
              {isReport ? (
                <>
                  <ActionButton shortcut="h" tone="danger" onClick={() => onAction("hide")}>
                    {item.target === "reply" ? t("hideReply") : t("hideComment")}
                  </ActionButton>
                  <ActionButton shortcut="d" onClick={() => onAction("dismiss")}>
                    {t("dismiss")}
                  </ActionButton>
                </>
              ) : item.kind === "reply" ? (
                <>
                  <ActionButton shortcut="f" tone="primary" onClick={() => onAction("feature")}>
                    {t("publishReply")}
                  </ActionButton>
                  <ActionButton shortcut="h" tone="danger" onClick={() => onAction("hide")}>
                    {t("hideReply")}
                  </ActionButton>
                </>
              ) : (
                <>
                  <ActionButton shortcut="f" tone="primary" onClick={() => onAction("feature")}>
                    {t("feature")}
                  </ActionButton>
                  <ActionButton shortcut="h" tone="danger" onClick={() => onAction("hide")}>
                    {t("hide")}
                  </ActionButton>
                  <ActionButton shortcut="p" onClick={() => onAction("pin")}>
                    {t("pin")}
                  </ActionButton>
                  <button
                    type="button"
                    aria-expanded={isGivingReason}
                    onClick={() => setGivingReason((v) => !v)}
                    className="inline-flex items-center rounded-md px-2.5 py-1 text-sm font-semibold text-accent-strong transition hover:bg-accent-soft"
                  >
                    {f("addReason")}
                  </button>
                  <button
                    type="button"
                    aria-keyshortcuts="r"
                    aria-expanded={isReplying}
                    onClick={() => onReplyToggle(!isReplying)}
                    className="inline-flex items-center gap-2 rounded-md px-2.5 py-1 text-sm font-semibold text-accent-strong transition hover:bg-accent-soft"
                  >
                    {t("reply")}
                    <kbd
                      aria-hidden="true"
                      className="rounded border border-current/25 px-1 font-mono text-[11px] font-medium leading-4 opacity-60"
                    >
                      r
                    </kbd>
                  </button>
                </>
              )}
              <Link
                href={item.article.href}
                className="ml-auto text-sm text-muted underline-offset-2 hover:text-accent-strong hover:underline"
              >
                {t("openInContext")}
              </Link>
            </div>
            {error && (
              <p role="alert" className={`${errorText} mt-2`}>
                {error}
              </p>
            )}
            {isGivingReason && isComment && (
              <div className="mt-3">
                <CurationReason
                  initial=""
                  submitLabel={f("featureWithReason")}
                  isBusy={false}
                  onCancel={() => setGivingReason(false)}
                  onSubmit={(reason) => onAction("feature", reason)}
                />
              </div>
            )}
            {isReplying && isComment && <QueueReplyForm onSubmit={onReply} onCancel={() => onReplyToggle(false)} />}
          </div>
        </div>
      </article>
    </li>
  );
}
