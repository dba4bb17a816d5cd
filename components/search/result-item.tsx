import type { SearchResultDTO, SearchResultKind } from "@/lib/search/schema";
import { useFormatter } from "next-intl";
import Link from "next/link";
import type { Ref } from "react";
import { HighlightedText } from "./highlighted-text";

export type KindLabels = Record<SearchResultKind, string>;

const BADGE: Record<SearchResultKind, string> = {
  lesson: "bg-accent-soft text-accent-strong",
  essay: "border border-accent/40 text-accent-strong",
  comment: "bg-warn-soft text-warn",
  reply: "border border-line text-muted",
};

/**
 * One search result: what it is, where it is (the article's title, linking to it), who wrote it
 * and when, and its snippet with the matched words marked. Rendered by the page and by the
 * "more results" island alike.
 */
export function ResultItem({
  result,
  kindLabels,
  linkRef,
}: {
  result: SearchResultDTO;
  kindLabels: KindLabels;
  linkRef?: Ref<HTMLAnchorElement>;
}) {
  const format = useFormatter();
  return (
    <li className="border-b border-line py-4 last:border-0">
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-muted">
        <span className={`rounded px-1.5 py-0.5 text-xs font-semibold ${BADGE[result.kind]}`}>
          {kindLabels[result.kind]}
        </span>
        <span>{result.author.name}</span>
        <span aria-hidden="true">·</span>
        <time dateTime={result.createdAt}>{format.dateTime(new Date(result.createdAt), { dateStyle: "medium" })}</time>
      </div>
      <Link ref={linkRef} href={result.href} className="mt-1 block font-medium break-words hover:text-accent-strong">
        {result.title}
      </Link>
      {result.snippet && (
        <p className="mt-1 text-sm leading-relaxed break-words text-ink/80">
          <HighlightedText text={result.snippet} highlights={result.highlights} />
        </p>
      )}
    </li>
  );
}
