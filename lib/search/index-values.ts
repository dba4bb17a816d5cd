import { ANALYZER_VERSION, readForIndex, searchWords } from "@/lib/similarity/analyze";

// What a row stores for search and similarity, computed from its text when the text is written.
// The search vector is sent as tsvector text with a position and a weight per word: PostgreSQL's
// array_to_tsvector gives words no positions, and without positions setweight keeps no weight
// and ts_rank_cd ranks everything 0 (checked on PostgreSQL 15), so titles could not outrank bodies.

/** Longer "words" (a pasted hash, a run of symbols) help no search; PostgreSQL refuses lexemes of 2 KB. */
const MAX_WORD_LENGTH = 100;
/** The highest position a tsvector stores; later words share it (their order no longer matters). */
const MAX_POSITION = 16_383;

export type Weight = "A" | "B";

/** A word as a quoted tsvector/tsquery lexeme: quotes and backslashes doubled. */
export const quoteLexeme = (word: string) => `'${word.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;

const usable = (word: string) => word.length > 0 && word.length <= MAX_WORD_LENGTH && !word.includes("\0");

/** The tsvector text of the parts' search words, numbered in reading order, each part with its weight. */
export function searchVectorText(parts: Array<{ words: string[]; weight: Weight }>): string {
  let position = 0;
  const lexemes: string[] = [];
  for (const { words, weight } of parts) {
    for (const word of words.filter(usable)) {
      position = Math.min(position + 1, MAX_POSITION);
      lexemes.push(`${quoteLexeme(word)}:${position}${weight}`);
    }
  }
  return lexemes.join(" ");
}

/** A comment's stored terms (similarity) and search vector, from one reading of its text. */
export function commentIndex(body: string) {
  const { terms, words } = readForIndex(body);
  return { terms, vector: searchVectorText([{ words, weight: "B" }]), version: ANALYZER_VERSION };
}

/** A reply's search vector. */
export const replyIndex = (body: string) => ({
  vector: searchVectorText([{ words: searchWords(body), weight: "B" }]),
  version: ANALYZER_VERSION,
});

/** An article's search vector: title words weigh more than body words. */
export const articleIndex = (title: string, body: string) => ({
  vector: searchVectorText([
    { words: searchWords(title), weight: "A" },
    { words: searchWords(body), weight: "B" },
  ]),
  version: ANALYZER_VERSION,
});

/** The tsquery text that matches any of the query's search words (none: null, nothing to look for). */
export function anyWordQuery(q: string): string | null {
  const words = searchWords(q).filter(usable);
  return words.length === 0 ? null : words.map(quoteLexeme).join(" | ");
}

export { ANALYZER_VERSION };
