import { TERM_PREFIX } from "./analyze";
import { RELATED } from "./related";
import { termWeight, WEIGHTS } from "./weights";

// A text as a weighted set of terms, and how close two of them are (cosine, in [0, 1]).

export type TermVector = { weights: ReadonlyMap<string, number>; norm: number };

/** `scale` lowers terms that are common in the texts being compared (see corpusScale). */
export function toVector(
  terms: readonly string[],
  scale: (term: string) => number = () => 1,
  { expand = true } = {},
): TermVector {
  const weights = new Map<string, number>();
  for (const term of terms) {
    const w = termWeight(term) * scale(term);
    if (w > 0 && !weights.has(term)) weights.set(term, w);
  }
  // A concept also counts, lightly, as the concepts a paraphrase would name instead.
  if (expand)
    for (const [term, w] of [...weights]) {
      for (const near of RELATED_TERMS.get(term) ?? []) {
        const soft = w * WEIGHTS.related * scale(near);
        if (soft > (weights.get(near) ?? 0)) weights.set(near, soft);
      }
    }
  let sum = 0;
  for (const w of weights.values()) sum += w * w;
  return { weights, norm: Math.sqrt(sum) };
}

const RELATED_TERMS = new Map<string, string[]>();
for (const [a, b] of RELATED) {
  const [ta, tb] = [TERM_PREFIX.domain + a, TERM_PREFIX.domain + b];
  RELATED_TERMS.set(ta, [...(RELATED_TERMS.get(ta) ?? []), tb]);
  RELATED_TERMS.set(tb, [...(RELATED_TERMS.get(tb) ?? []), ta]);
}

export function cosine(a: TermVector, b: TermVector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, w] of small.weights) {
    const other = large.weights.get(term);
    if (other !== undefined) dot += w * other;
  }
  return dot / (a.norm * b.norm);
}

/**
 * Terms found in most texts of a large collection say little about any one of them: their
 * weight shrinks with their share of the collection (no change below `minDocs` texts).
 */
export function corpusScale(docFrequency: ReadonlyMap<string, number>, docs: number, minDocs = 50) {
  if (docs < minDocs) return () => 1;
  const max = Math.log(docs + 1);
  return (term: string) => {
    const df = docFrequency.get(term) ?? 0;
    return Math.log((docs + 1) / (df + 1)) / max;
  };
}
