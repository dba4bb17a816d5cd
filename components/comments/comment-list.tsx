"use client";

import { buttonSecondary, errorText } from "@/components/ui/styles";
import { useTranslations } from "next-intl";
import { CommentItem } from "./comment-item";
import type { CommentFeed } from "./use-comment-feed";
import { useApiErrorMessage } from "./use-messages";

/** The comments, their empty and error states, and "load more". */
export function CommentList({ feed }: { feed: CommentFeed }) {
  const t = useTranslations("comments");
  const describe = useApiErrorMessage();
  const isEmpty = feed.items.length === 0;

  return (
    <div className="mt-6" aria-busy={feed.isRefreshing}>
      {feed.error?.during === "refresh" && (
        <div className="mb-4 flex flex-wrap items-center gap-3 rounded-lg border border-red-200 bg-red-50 px-4 py-3">
          <p role="alert" className={errorText}>
            {t("loadError")} {describe(feed.error.failure)}
          </p>
          <button type="button" className={buttonSecondary} onClick={feed.reload}>
            {t("retry")}
          </button>
        </div>
      )}
      {isEmpty ? (
        !feed.isRefreshing && (
          <div className="rounded-xl border border-dashed border-line bg-card/60 px-6 py-10 text-center">
            <p className="font-medium">{feed.scope === "all" ? t("emptyAll") : t("emptyTitle")}</p>
            {feed.scope === "featured" && <p className="mx-auto mt-1 max-w-md text-sm text-muted">{t("emptyBody")}</p>}
          </div>
        )
      ) : (
        <ol className={`space-y-4 transition-opacity ${feed.isRefreshing ? "opacity-60" : ""}`}>
          {feed.items.map((comment) => (
            <li key={comment.id}>
              <CommentItem comment={comment} onCurated={feed.replace} />
            </li>
          ))}
        </ol>
      )}
      {feed.isRefreshing && (
        <p role="status" className="mt-4 text-center text-sm text-muted">
          {t("loading")}
        </p>
      )}
      {feed.nextCursor && !feed.isRefreshing && (
        <div className="mt-6 flex flex-col items-center gap-2">
          {feed.error?.during === "more" && (
            <p role="alert" className={errorText}>
              {t("loadError")} {describe(feed.error.failure)}
            </p>
          )}
          <button
            type="button"
            className={buttonSecondary}
            onClick={feed.loadMore}
            disabled={feed.isLoadingMore}
            aria-busy={feed.isLoadingMore}
          >
            {feed.isLoadingMore ? t("loading") : t("loadMore")}
          </button>
        </div>
      )}
    </div>
  );
}
