// Images in the lesson text: while one uploads, a placeholder stands where it will go, so
// the writer can keep typing; the upload's answer replaces exactly that placeholder (or
// removes it on failure), wherever the text around it has moved meanwhile.

/** Alt text from a file name: "cache-diagram.png" → "cache diagram". */
export function altFromFileName(name: string): string {
  return (
    name
      .replace(/\.[a-z0-9]+$/i, "")
      .replace(/[-_]+/g, " ")
      .replace(/[[\]]/g, "")
      .trim() || "image"
  );
}

/** A placeholder unique to one upload, e.g. `![Uploading diagram… #3]()`. */
export const uploadPlaceholder = (label: string, n: number) => `![${label} #${n}]()`;

/** `text` with `insert` at the selection [start, end), on a line of its own; and where the caret goes after it. */
export function insertBlock(text: string, start: number, end: number, insert: string): { text: string; caret: number } {
  const before = text.slice(0, start);
  const after = text.slice(end);
  const lead = before === "" || before.endsWith("\n") ? "" : "\n";
  const trail = after === "" || after.startsWith("\n") ? "" : "\n";
  const block = `${lead}${insert}${trail}`;
  return { text: `${before}${block}${after}`, caret: before.length + lead.length + insert.length };
}

/** `text` with `placeholder` replaced by `replacement` (nothing when it was deleted meanwhile). */
export const replacePlaceholder = (text: string, placeholder: string, replacement: string) =>
  text.replace(placeholder, () => replacement);

/** The image's markdown, `![alt](url)`. */
export const imageMarkdown = (alt: string, url: string) => `![${alt}](${url})`;
