import { corpusScale, toVector } from "./vector";

// The answered questions of one course, as an inverted index from term to questions, so a
// question being typed is compared only with the questions that share a term with it.
// Postings are typed arrays and scores add up in one dense array: 100,000 questions take
// a few megabytes, and a query costs about the length of its terms' posting lists.

/** `id` is the answered question's; other wordings of it (linked to its answer) share its id. */
export type IndexedQuestion = { id: string; articleId: string; terms: readonly string[] };
export type Match = { id: string; articleId: string; score: number };

/** Below this, a suggestion is more likely wrong than right: none is better than a wrong one. */
export const SUGGESTION_THRESHOLD = 0.6;

type Postings = { docs: Int32Array; weights: Float32Array };

export class SuggestionIndex {
  private readonly ids: string[];
  private readonly articleIds: string[];
  private readonly norms: Float32Array;
  /** Term → its posting list: views into two flat arrays (one allocation, not two per term). */
  private readonly postings = new Map<string, Postings>();
  private readonly scale: (term: string) => number;
  private readonly scores: Float64Array;

  constructor(questions: readonly IndexedQuestion[]) {
    this.ids = questions.map((q) => q.id);
    this.articleIds = questions.map((q) => q.articleId);
    const df = new Map<string, number>();
    for (const q of questions) for (const t of new Set(q.terms)) df.set(t, (df.get(t) ?? 0) + 1);
    this.scale = corpusScale(df, questions.length);
    // Related concepts widen the question being typed only: the posting lists stay as short as the texts.
    const vectors = questions.map((q) => toVector(q.terms, this.scale, { expand: false }));
    const starts = new Map<string, number>();
    let total = 0;
    for (const v of vectors) for (const term of v.weights.keys()) starts.set(term, (starts.get(term) ?? 0) + 1);
    for (const [term, n] of starts) {
      starts.set(term, total);
      total += n;
    }
    const docs = new Int32Array(total);
    const weights = new Float32Array(total);
    const next = new Map(starts);
    this.norms = new Float32Array(questions.length);
    vectors.forEach((v, doc) => {
      this.norms[doc] = v.norm;
      for (const [term, weight] of v.weights) {
        const at = next.get(term)!;
        docs[at] = doc;
        weights[at] = weight;
        next.set(term, at + 1);
      }
    });
    for (const [term, start] of starts) {
      const end = next.get(term)!;
      this.postings.set(term, { docs: docs.subarray(start, end), weights: weights.subarray(start, end) });
    }
    this.scores = new Float64Array(questions.length);
  }

  get size(): number {
    return this.ids.length;
  }

  /** The questions at least `threshold` alike to `terms`, best first. */
  query(terms: readonly string[], { limit = 3, threshold = SUGGESTION_THRESHOLD } = {}): Match[] {
    const q = toVector(terms, this.scale);
    if (q.norm === 0) return [];
    const entries = [...q.weights]
      .map(([term, weight]) => ({ weight, list: this.postings.get(term) }))
      .filter((e): e is { weight: number; list: Postings } => e.list !== undefined)
      .sort((a, b) => b.weight - a.weight || a.list.docs.length - b.list.docs.length);
    // A question that shares only terms of a set S with the query scores at most |q_S| / |q|
    // (Cauchy-Schwarz), so the lightest terms, together under the threshold, cannot make a
    // match alone: they only add to questions the heavier terms found.
    let light = 0;
    let cut = entries.length;
    const bound = (threshold * q.norm) ** 2;
    while (cut > 0 && light + entries[cut - 1]!.weight ** 2 < bound) light += entries[--cut]!.weight ** 2;

    const { scores } = this;
    const touched: number[] = [];
    for (const { weight, list } of entries.slice(0, cut)) {
      for (let i = 0; i < list.docs.length; i++) {
        const doc = list.docs[i]!;
        if (scores[doc] === 0) touched.push(doc);
        scores[doc] = scores[doc]! + weight * list.weights[i]!;
      }
    }
    for (const { weight, list } of entries.slice(cut)) {
      if (list.docs.length <= touched.length * 16) {
        for (let i = 0; i < list.docs.length; i++) {
          const doc = list.docs[i]!;
          if (scores[doc] !== 0) scores[doc] = scores[doc]! + weight * list.weights[i]!;
        }
      } else {
        for (const doc of touched) {
          const at = indexOf(list.docs, doc);
          if (at >= 0) scores[doc] = scores[doc]! + weight * list.weights[at]!;
        }
      }
    }

    const matches: Match[] = [];
    const least = threshold * q.norm;
    for (const doc of touched) {
      const dot = scores[doc]!;
      scores[doc] = 0; // ready for the next query
      if (dot < least * this.norms[doc]!) continue;
      matches.push({ id: this.ids[doc]!, articleId: this.articleIds[doc]!, score: dot / (q.norm * this.norms[doc]!) });
    }
    // One question may be indexed under several wordings (those linked to its answer): its best counts.
    const seen = new Set<string>();
    return matches
      .sort((a, b) => b.score - a.score)
      .filter((m) => !seen.has(m.id) && seen.add(m.id))
      .slice(0, limit);
  }
}

/** Where `doc` is in a posting list (ascending, as built), or -1. */
function indexOf(docs: Int32Array, doc: number): number {
  let lo = 0;
  let hi = docs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const at = docs[mid]!;
    if (at === doc) return mid;
    if (at < doc) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
