"use client";

import type { EssaySummaryDTO } from "@/lib/essays/schema";
import { LoadMoreButton, useMorePages } from "./load-more";
import { MyEssayList } from "./my-essays";

// Its own module: the course page ships this, not the review desk's markdown and forms.

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
  const more = useMorePages<EssaySummaryDTO>(
    url,
    cursor,
    first.map((e) => e.id),
  );
  return (
    <>
      <MyEssayList essays={[...first, ...more.items]} />
      {more.hasMore && <LoadMoreButton status={more.status} onLoad={() => void more.loadMore()} />}
    </>
  );
}
