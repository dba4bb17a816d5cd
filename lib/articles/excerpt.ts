// The excerpt a locked lesson shows (and search engines index): the opening of its text as
// plain prose. Pure, so the API, the page and its metadata show the same words.

/** How many characters (code points) of plain text an excerpt keeps. */
export const EXCERPT_LENGTH = 200;

/** Markdown reduced to its words: no code blocks, images, link targets, HTML, or syntax marks. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?(^\1[^\n]*$|(?![\s\S]))/gm, " ") // fenced code blocks
    .replace(/<[^>]*>/g, " ") // HTML tags
    .replace(/!\[[^\]]*\]\([^)]*\)/g, " ") // images
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1") // links keep their text
    .replace(/^\s{0,3}\[[^\]]+\]:\s*\S+.*$/gm, " ") // link reference definitions
    .replace(/^\s{0,3}(#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)/gm, "") // headings, quotes, list markers
    .replace(/^\s{0,3}([-*_]\s*){3,}$/gm, " ") // thematic breaks
    .replace(/`+([^`]*)`+/g, "$1") // inline code keeps its text
    .replace(/(\*{1,3}|_{1,3}|~~)(?=\S)([\s\S]*?\S)\1/g, "$2") // emphasis, strong, strikethrough
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The first ~`length` characters of the prose (headings left out: the page shows the title
 * already), cut at a word boundary where the text has spaces, with "…" when cut.
 */
export function excerptOf(markdown: string, length = EXCERPT_LENGTH): string {
  const chars = Array.from(plainText(markdown.replace(/^\s{0,3}#{1,6}\s.*$/gm, "")));
  if (chars.length <= length) return chars.join("");
  const head = chars.slice(0, length).join("");
  const lastSpace = head.lastIndexOf(" ");
  // Latin text breaks at the last space in the final fifth; Chinese text (no spaces) just stops.
  const cut = lastSpace > head.length * 0.8 ? head.slice(0, lastSpace) : head;
  return `${cut.replace(/[\s,.;:，。；：、]+$/u, "")}…`;
}
