import { corpusScale, toVector, type TermVector } from "./vector";

// The answered questions of one course, as an inverted index from term to questions, so a
// question being typed is compared only with the questions that share a term with it.

export type IndexedQuestion = { id: string; articleId: string; terms: readonly string[] };
export type Match = { id: string; articleId: string; score: number };

/** Below this, a suggestion is more likely wrong than right: none is better than a wrong one. */
export const SUGGESTION_THRESHOLD = 0.5;

export class SuggestionIndex {
  private readonly questions: IndexedQuestion[];
  private readonly norms: Float64Array;
  private readonly postings = new Map<string, { doc: number; weight: number }[]>();
  private readonly scale: (term: string) => number;

  constructor(questions: readonly IndexedQuestion[]) {
    this.questions = [...questions];
    const df = new Map<string, number>();
    for (const q of this.questions) for (const t of new Set(q.terms)) df.set(t, (df.get(t) ?? 0) + 1);
    this.scale = corpusScale(df, this.questions.length);
    this.norms = new Float64Array(this.questions.length);
    this.questions.forEach((q, doc) => {
      const v = toVector(q.terms, this.scale);
      this.norms[doc] = v.norm;
      for (const [term, weight] of v.weights) {
        let list = this.postings.get(term);
        if (!list) this.postings.set(term, (list = []));
        list.push({ doc, weight });
      }
    });
  }

  get size(): number {
    return this.questions.length;
  }

  /** The questions at least `threshold` alike to `terms`, best first. */
  query(terms: readonly string[], { limit = 3, threshold = SUGGESTION_THRESHOLD } = {}): Match[] {
    const q: TermVector = toVector(terms, this.scale);
    if (q.norm === 0) return [];
    const dots = new Map<number, number>();
    for (const [term, w] of q.weights) {
      for (const p of this.postings.get(term) ?? []) dots.set(p.doc, (dots.get(p.doc) ?? 0) + w * p.weight);
    }
    const matches: Match[] = [];
    for (const [doc, dot] of dots) {
      const score = dot / (q.norm * this.norms[doc]!);
      if (score >= threshold)
        matches.push({ id: this.questions[doc]!.id, articleId: this.questions[doc]!.articleId, score });
    }
    return matches.sort((a, b) => b.score - a.score).slice(0, limit);
  }
}
