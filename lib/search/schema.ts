import type { AuthorDTO } from "@/lib/comments/schema";
import { z } from "@/lib/zod";

// Course search: the query a form or a client sends, and what a result looks like.

export const SEARCH_QUERY_MAX_LENGTH = 500;
export const SEARCH_PAGE_SIZE = 10;

/** GET /api/courses/{slug}/search and the search page: `q` trimmed (empty: no results), a page at a time. */
export const SearchQuerySchema = z.object({
  q: z
    .string()
    .trim()
    .max(SEARCH_QUERY_MAX_LENGTH, { error: `Search for at most ${SEARCH_QUERY_MAX_LENGTH} characters.` })
    .default(""),
  cursor: z.string().max(300).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(SEARCH_PAGE_SIZE),
});
export type SearchQuery = z.infer<typeof SearchQuerySchema>;

export const SEARCH_RESULT_KINDS = ["lesson", "essay", "comment", "reply"] as const;
export type SearchResultKind = (typeof SEARCH_RESULT_KINDS)[number];

/** [start, end) offsets into `snippet` (JavaScript string indices) of the words that matched. */
export type Highlight = [number, number];

export type SearchResultDTO = {
  kind: SearchResultKind;
  id: string;
  /** The article's title; for a comment or a reply, the title of the article it is on. */
  title: string;
  href: string;
  /** About 160 characters of plain text around the first match (the opening when no word shows). */
  snippet: string;
  highlights: Highlight[];
  author: AuthorDTO;
  createdAt: string;
};

export type SearchPage = { items: SearchResultDTO[]; nextCursor: string | null };
