"use client";

import { card } from "@/components/ui/styles";
import type { EssayDTO, EssaySummaryDTO } from "@/lib/essays/schema";
import { LoadMoreButton, useMorePages } from "./load-more";
import { PublishedEssayRow } from "./published-row";
import { SubmittedEssayList } from "./submitted-essays";

// The "Load more" tails of the review desk's essay lists: each list's first page is
// server-rendered, the pages after it are read here from the API, with the same cursor the
// first page ended on. (A member's own list is in ./my-essay-pages, away from the desk's editors.)

const ids = (list: { id: string }[]) => list.map((e) => e.id);

const deskPage = (status: "submitted" | "published") => (cursor: string) =>
  `/api/studio/essays?${new URLSearchParams({ status, cursor })}`;

/** More submitted essays under the review desk's first page, in its order (oldest submission first). */
export function MoreSubmittedEssays({ cursor, shownIds }: { cursor: string | null; shownIds: string[] }) {
  const more = useMorePages<EssayDTO>(deskPage("submitted"), cursor, shownIds);
  return (
    <>
      {more.items.length > 0 && <SubmittedEssayList essays={more.items} className="mt-6" />}
      {more.hasMore && <LoadMoreButton status={more.status} onLoad={() => void more.loadMore()} />}
    </>
  );
}

/** The review desk's published essays (pinned first, then newest), a page at a time. */
export function PublishedEssayPages({ first, cursor }: { first: EssaySummaryDTO[]; cursor: string | null }) {
  const more = useMorePages<EssaySummaryDTO>(deskPage("published"), cursor, ids(first));
  return (
    <>
      <ul className={`${card} mt-4 divide-y divide-line px-5`}>
        {[...first, ...more.items].map((e) => (
          <PublishedEssayRow key={e.id} essay={e} />
        ))}
      </ul>
      {more.hasMore && <LoadMoreButton status={more.status} onLoad={() => void more.loadMore()} />}
    </>
  );
}
