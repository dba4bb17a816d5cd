"use client";

import { Avatar } from "@/components/ui/avatar";
import { buttonQuiet, errorText } from "@/components/ui/styles";
import { isEdited } from "@/lib/comments/reply-schema";
import type { ReplyDTO } from "@/lib/comments/schema";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useDiscussion } from "./discussion-context";
import { ReplyActions, ReportButton } from "./on-demand";
import { RelativeTime } from "./relative-time";
import { useApiErrorMessage } from "./use-messages";
import type { RepliesThread } from "./use-replies";

function ReplyItem({ reply, thread }: { reply: ReplyDTO; thread: RepliesThread }) {
  const t = useTranslations("comments");
  const tr = useTranslations("replies");
  const { viewerId, access } = useDiscussion();
  const [isEditing, setEditing] = useState(false);
  const isPending = reply.status === "pending";
  const isOwn = viewerId === reply.author.id;
  const tone = isPending
    ? "border-l-2 border-dashed border-warn bg-warn-soft/40"
    : reply.isAuthorReply
      ? "border-l-4 border-accent bg-accent-soft"
      : "border-l-2 border-line bg-paper";
  return (
    <article aria-label={t("replyBy", { name: reply.author.name })} className={`rounded-r-lg px-3 py-2.5 ${tone}`}>
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <Avatar id={reply.author.id} name={reply.author.name} url={reply.author.avatarUrl} size={24} />
        <span className="text-sm font-semibold">{reply.author.name}</span>
        {reply.isAuthorReply && (
          <span className="rounded bg-accent px-1.5 py-0.5 text-xs font-semibold text-white">{t("authorReply")}</span>
        )}
        {isPending && (
          <span
            className="rounded bg-warn-soft px-1.5 py-0.5 text-xs font-semibold text-warn"
            title={tr("awaitingHint")}
          >
            {tr("awaiting")}
          </span>
        )}
        <span className="ml-auto flex items-center gap-1.5 text-xs text-muted">
          {isEdited(reply) && <span>{tr("edited")}</span>}
          <RelativeTime iso={reply.createdAt} className="text-xs" />
        </span>
      </div>
      {!isEditing && <p className="mt-1.5 whitespace-pre-wrap break-words text-[0.95rem]">{reply.body}</p>}
      {(access.canCurate || isOwn) && (
        <ReplyActions
          reply={reply}
          thread={thread}
          viewerId={viewerId}
          canCurate={access.canCurate}
          onEditing={setEditing}
        />
      )}
      {viewerId && !isOwn && !access.canCurate && !isPending && (
        <div className="mt-1">
          <ReportButton target={{ replyId: reply.id }} />
        </div>
      )}
    </article>
  );
}

/** The replies beneath a comment, with loading, error and "more" states. */
export function ReplyList({ thread }: { thread: RepliesThread }) {
  const t = useTranslations("comments");
  const tr = useTranslations("replies");
  const describe = useApiErrorMessage();
  return (
    <>
      {thread.postedPending && (
        <p role="status" className="mt-3 text-sm text-warn">
          {tr("postedPending")}
        </p>
      )}
      {thread.isLoading && (
        <p role="status" className="mt-3 text-sm text-muted">
          {t("loadingReplies")}
        </p>
      )}
      {thread.items.length > 0 && (
        <ol className="mt-3 space-y-2" aria-label={t("repliesLabel")}>
          {thread.items.map((reply) => (
            <li key={reply.id}>
              <ReplyItem reply={reply} thread={thread} />
            </li>
          ))}
        </ol>
      )}
      {thread.error && (
        <div className="mt-2 flex flex-wrap items-center gap-2">
          <p role="alert" className={errorText}>
            {t("repliesError")} {describe(thread.error)}
          </p>
          <button type="button" className={buttonQuiet} onClick={thread.nextCursor ? thread.loadMore : thread.retry}>
            {t("retry")}
          </button>
        </div>
      )}
      {thread.nextCursor && !thread.error && (
        <button
          type="button"
          className={`${buttonQuiet} mt-2`}
          onClick={thread.loadMore}
          disabled={thread.isLoadingMore}
          aria-busy={thread.isLoadingMore}
        >
          {thread.isLoadingMore ? t("loading") : t("moreReplies")}
        </button>
      )}
    </>
  );
}
