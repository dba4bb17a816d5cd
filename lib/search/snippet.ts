import { plainText } from "@/lib/articles/excerpt";
import { formsOf, searchWords } from "@/lib/similarity/analyze";
import { stemmer } from "stemmer";
import type { Highlight } from "./schema";

// The words a result shows for a query: its snippet, cut around the first match, and where the
// query's words stand in it, so the page can mark them. What is marked is what the search
// matched: the query's words (English also by stem: "caches" marks "caching"), and every
// written form of the concepts it names ("一致性哈希" marks "consistent hashing").

export const SNIPPET_LENGTH = 160;
/** How much text the snippet keeps before the first match, for context. */
const LEAD = 40;
/** Latin words shorter than this are marked only whole ("n" must not mark every word starting with n). */
const MIN_PREFIX = 3;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
const LATIN = /^[a-z0-9]/i;
// Latin words are bounded by Latin letters and digits only: "用Redis做缓存" marks "Redis".
const BEFORE = "(?<![a-z0-9])";
const AFTER = "(?![a-z0-9])";

/** The pattern of every word the query looks for in results (null: none). */
export function highlightPattern(q: string): RegExp | null {
  const parts = new Set<string>();
  const add = (word: string) => {
    if (!LATIN.test(word)) parts.add(escape(word));
    else if (word.length < MIN_PREFIX) parts.add(BEFORE + escape(word) + AFTER);
    else parts.add(BEFORE + escape(word) + "[a-z0-9]*");
  };
  for (const word of searchWords(q)) {
    if (word.startsWith("#")) for (const form of formsOf(word)) add(form);
    else {
      add(word);
      if (LATIN.test(word)) add(stemmer(word));
    }
  }
  if (parts.size === 0) return null;
  // Longest first: a longer alternative wins where two start at the same place.
  const sorted = [...parts].sort((a, b) => b.length - a.length);
  return new RegExp(sorted.join("|"), "giu");
}

/** The [start, end) ranges of `pattern` in `text`. */
export function highlightsIn(text: string, pattern: RegExp | null): Highlight[] {
  if (!pattern) return [];
  const found: Highlight[] = [];
  for (const m of text.matchAll(new RegExp(pattern.source, pattern.flags))) {
    if (m[0].length > 0) found.push([m.index, m.index + m[0].length]);
  }
  return found;
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** About SNIPPET_LENGTH characters of the markdown's plain text around its first match, with that match's ranges. */
export function snippetOf(markdown: string, pattern: RegExp | null): { snippet: string; highlights: Highlight[] } {
  const text = plainText(markdown);
  let start = 0;
  let end = text.length;
  if (text.length > SNIPPET_LENGTH) {
    const first = highlightsIn(text, pattern)[0]?.[0] ?? 0;
    start = Math.max(0, Math.min(first - LEAD, text.length - SNIPPET_LENGTH));
    // Latin text starts at a word: the next space close after the cut.
    const space = text.indexOf(" ", start);
    if (start > 0 && space !== -1 && space < Math.min(first, start + 15)) start = space + 1;
    end = Math.min(text.length, start + SNIPPET_LENGTH);
    if (isLowSurrogate(text.charCodeAt(start))) start += 1;
    if (end < text.length && isLowSurrogate(text.charCodeAt(end))) end -= 1;
  }
  const head = start > 0 ? "…" : "";
  const snippet = head + text.slice(start, end).trim() + (end < text.length ? "…" : "");
  return { snippet, highlights: highlightsIn(snippet, pattern) };
}
