"use client";

import { LoadMoreButton, useMorePages } from "@/components/essays/load-more";
import { MyEssayList } from "@/components/essays/my-essays";
import type { EssaySummaryDTO } from "@/lib/essays/schema";
import type { MyCommentDTO, MyReplyDTO } from "@/lib/me";
import { useTranslations } from "next-intl";
import { MyCommentItem, MyReplyItem } from "./items";

// /me's lists: the first page comes from the server, the pages after it from /api/me/*,
// starting at the cursor the first page ended on.

type Props<T> = { first: T[]; cursor: string | null; now: number };

const ids = (list: { id: string }[]) => list.map((i) => i.id);
const pageUrl = (list: "comments" | "replies" | "essays") => (cursor: string) =>
  `/api/me/${list}?${new URLSearchParams({ cursor })}`;

/** The user's comments, newest first, a page at a time. */
export function MyCommentPages({ first, cursor, now }: Props<MyCommentDTO>) {
  const t = useTranslations("me.more");
  const more = useMorePages<MyCommentDTO>(pageUrl("comments"), cursor, ids(first));
  return (
    <>
      <ul className="divide-y divide-line">
        {[...first, ...more.items].map((c) => (
          <MyCommentItem key={c.id} comment={c} now={now} />
        ))}
      </ul>
      {more.hasMore && (
        <LoadMoreButton status={more.status} onLoad={() => void more.loadMore()} label={t("comments")} />
      )}
    </>
  );
}

/** The user's replies, newest first, a page at a time. */
export function MyReplyPages({ first, cursor, now }: Props<MyReplyDTO>) {
  const t = useTranslations("me.more");
  const more = useMorePages<MyReplyDTO>(pageUrl("replies"), cursor, ids(first));
  return (
    <>
      <ul className="divide-y divide-line">
        {[...first, ...more.items].map((r) => (
          <MyReplyItem key={r.id} reply={r} now={now} />
        ))}
      </ul>
      {more.hasMore && <LoadMoreButton status={more.status} onLoad={() => void more.loadMore()} label={t("replies")} />}
    </>
  );
}

/** The user's reflections in every course, newest change first, a page at a time. */
export function MyAllEssayPages({ first, cursor }: Omit<Props<EssaySummaryDTO>, "now">) {
  const t = useTranslations("me.more");
  const more = useMorePages<EssaySummaryDTO>(pageUrl("essays"), cursor, ids(first));
  return (
    <>
      <MyEssayList essays={[...first, ...more.items]} showCourse />
      {more.hasMore && <LoadMoreButton status={more.status} onLoad={() => void more.loadMore()} label={t("essays")} />}
    </>
  );
}
