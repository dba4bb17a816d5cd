"use client";

import { card } from "@/components/ui/styles";
import type { EssayDTO, EssaySummaryDTO } from "@/lib/essays/schema";
import { LoadMoreButton, useMorePages } from "./load-more";
import { MyEssayList } from "./my-essays";
import { PublishedEssayRow } from "./published-row";
import { SubmittedEssayList } from "./submitted-essays";

// The "Load more" tails of the essay lists: each list's first page is server-rendered, the
// pages after it are read here from the API, with the same cursor the first page ended on.

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

/** The viewer's own essays in a course (newest first), a page at a time. */
export function MyEssayPages({
  courseSlug,
  first,
  cursor,
}: {
  courseSlug: string;
  first: EssaySummaryDTO[];
  cursor: string | null;
}) {
  const url = (c: string) =>
    `/api/courses/${encodeURIComponent(courseSlug)}/essays?${new URLSearchParams({ cursor: c })}`;
  const more = useMorePages<EssaySummaryDTO>(url, cursor, ids(first));
  return (
    <>
      <MyEssayList essays={[...first, ...more.items]} />
      {more.hasMore && <LoadMoreButton status={more.status} onLoad={() => void more.loadMore()} />}
    </>
  );
}
