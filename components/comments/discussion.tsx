"use client";

import type { CommentDTO, Page } from "@/lib/comments/schema";
import { useTranslations } from "next-intl";
import { CommentList } from "./comment-list";
import { DiscussionContext, type DiscussionInfo } from "./discussion-context";
import { Participation } from "./participation";
import { SortSwitch } from "./sort-switch";
import { useCommentFeed } from "./use-comment-feed";

export type DiscussionProps = DiscussionInfo & { initialPage: Page<CommentDTO>; featuredCount: number };

/** "Featured comments (N)": sorting, the composer, the list and in-place curation. */
export function Discussion({ initialPage, featuredCount, ...info }: DiscussionProps) {
  const t = useTranslations("comments");
  const feed = useCommentFeed(info.articleId, initialPage, featuredCount);

  return (
    <DiscussionContext value={info}>
      <section aria-labelledby="comments-heading" className="mt-14 border-t border-line pt-8">
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
        <div className="mt-6">
          <Participation onPosted={feed.prepend} />
        </div>
        <CommentList feed={feed} />
      </section>
    </DiscussionContext>
  );
}
