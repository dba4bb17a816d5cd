import { termWeight } from "./weights";

// A text as a weighted set of terms, and how close two of them are (cosine, in [0, 1]).

export type TermVector = { weights: ReadonlyMap<string, number>; norm: number };

/** `scale` lowers terms that are common in the texts being compared (see corpusScale). */
export function toVector(terms: readonly string[], scale: (term: string) => number = () => 1): TermVector {
  const weights = new Map<string, number>();
  let sum = 0;
  for (const term of terms) {
    const w = termWeight(term) * scale(term);
    if (w <= 0 || weights.has(term)) continue;
    weights.set(term, w);
    sum += w * w;
  }
  return { weights, norm: Math.sqrt(sum) };
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
    return 0.35 + 0.65 * (Math.log((docs + 1) / (df + 1)) / max);
  };
}
