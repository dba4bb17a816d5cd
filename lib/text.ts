// Short previews of what people wrote (queue labels, analytics, reports, /me, mail): one line,
// cut at a character (a code point, so no emoji or rare Chinese character is split in half),
// "…" when cut. Markdown wants lib/articles/excerpt.ts, which knows its syntax.

/** `text` on one line, at most `max` characters including the "…" that marks a cut. */
export function clip(text: string, max: number): string {
  const chars = Array.from(text.replace(/\s+/g, " ").trim());
  return chars.length > max ? `${chars.slice(0, max - 1).join("")}…` : chars.join("");
}
