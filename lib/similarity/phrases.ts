// Finds the glossary's forms in a text in one pass: a character trie walked from each
// position, longest form first. Spaces inside a form match any run of spaces (or none:
// "一致性 hash" and "一致性hash"), and a Latin form matches whole words only ("cache"
// is not found in "cached"). A big regular expression of alternatives did the same ten
// times slower per text.

type Node = { next: Map<string, Node>; term?: string };

const isLatin = (ch: string | undefined) => ch !== undefined && /[a-z0-9]/.test(ch);
const isSpace = (ch: string | undefined) => ch !== undefined && /\s/.test(ch);

export type PhraseMatch = { term: string; start: number; end: number };

export class PhraseMatcher {
  private readonly root: Node = { next: new Map() };

  constructor(forms: Iterable<{ form: string; term: string }>) {
    for (const { form, term } of forms) {
      let node = this.root;
      for (const ch of form.replace(/\s+/g, "")) {
        let child = node.next.get(ch);
        if (!child) node.next.set(ch, (child = { next: new Map() }));
        node = child;
      }
      node.term ??= term;
    }
  }

  /** Every non-overlapping form in `text` (already normalized), leftmost and longest first. */
  find(text: string): PhraseMatch[] {
    const found: PhraseMatch[] = [];
    let i = 0;
    while (i < text.length) {
      const match = isLatin(text[i]) && isLatin(text[i - 1]) ? null : this.longestAt(text, i);
      if (match) {
        found.push(match);
        i = match.end;
      } else {
        i++;
      }
    }
    return found;
  }

  private longestAt(text: string, start: number): PhraseMatch | null {
    let node: Node | undefined = this.root;
    let best: PhraseMatch | null = null;
    let i = start;
    while (node && i < text.length) {
      if (isSpace(text[i]) && i > start) {
        i++;
        continue;
      }
      node = node.next.get(text[i]!);
      i++;
      if (node?.term && !(isLatin(text[i - 1]) && isLatin(text[i]))) best = { term: node.term, start, end: i };
    }
    return best;
  }
}
