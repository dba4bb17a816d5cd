"use client";

import { LiveNotice } from "@/components/ui/live-notice";
import type { CommentDTO, Page } from "@/lib/comments/schema";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { CommentList } from "./comment-list";
import { DiscussionContext, type DiscussionInfo } from "./discussion-context";
import { createReplyBus, LiveRepliesContext } from "./live-replies";
import { Participation } from "./participation";
import { SortSwitch } from "./sort-switch";
import { useCommentFeed } from "./use-comment-feed";
import { useLiveEvents } from "./use-live-events";

export type DiscussionProps = DiscussionInfo & {
  initialPage: Page<CommentDTO>;
  featuredCount: number;
  /** The live-event id the page was rendered at: events after it are replayed. */
  liveSince?: string | null;
};

/** "Featured comments (N)": sorting, the composer, the list and in-place curation, kept live. */
export function Discussion({ initialPage, featuredCount, liveSince = null, ...info }: DiscussionProps) {
  const t = useTranslations("comments");
  const feed = useCommentFeed(info.articleId, initialPage, featuredCount, info);
  const [replies] = useState(createReplyBus);
  const liveStatus = useLiveEvents(info.articleId, liveSince, {
    "comment.featured": feed.live.featured,
    "comment.unfeatured": (e) => feed.live.unfeatured(e, info.viewerId),
    "comment.deleted": feed.live.deleted,
    "comment.likes": feed.live.likes,
    "reply.created": (e) => replies.emit({ type: "reply.created", ...e }),
    "reply.hidden": (e) => replies.emit({ type: "reply.hidden", ...e }),
    "reply.edited": (e) => replies.emit({ type: "reply.edited", ...e }),
    "reply.deleted": (e) => replies.emit({ type: "reply.deleted", ...e }),
    reset: feed.reload,
  });

  return (
    <DiscussionContext value={info}>
      <LiveRepliesContext value={replies}>
        <section aria-labelledby="comments-heading" data-live={liveStatus} className="mt-14 border-t border-line pt-8">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <h2 id="comments-heading" className="text-xl font-bold tracking-tight">
              {t("heading", { count: feed.featuredCount })}
            </h2>
            <div className="flex flex-wrap items-center gap-2">
              {info.access.canCurate && (
                <button
                  type="button"
                  aria-pressed={feed.scope === "all"}
                  onClick={feed.toggleScope}
                  className="rounded-lg border border-line bg-card px-3 py-1.5 text-sm font-medium text-muted transition hover:text-ink aria-pressed:border-warn/50 aria-pressed:bg-warn-soft aria-pressed:text-warn"
                >
                  {t("showAll")}
                </button>
              )}
              <SortSwitch value={feed.sort} onChange={feed.setSort} />
            </div>
          </div>
          <LiveNotice status={liveStatus} className="mt-2" />
          <div className="mt-6">
            <Participation onPosted={feed.prepend} />
          </div>
          <CommentList feed={feed} />
        </section>
      </LiveRepliesContext>
    </DiscussionContext>
  );
}
