import { analyze } from "./analyze";
import { clusterTexts } from "./cluster";
import { SuggestionIndex } from "./suggestion-index";

// How well grouping and suggestions do on a labelled set of learners' questions
// (bench/data/similar-questions.json): the figures the bench reports and the tests hold.

export type LabelledSet = {
  groups: { id: string; answer: string; questions: string[]; heldOut: string[] }[];
  remarks: string[];
  unrelated: string[];
};

export type PairwiseScore = { precision: number; recall: number; f1: number };

/** Pairwise precision and recall: of the pairs put together, how many belong together, and the reverse. */
export function pairwiseScore(labels: readonly string[], clusterOf: readonly number[]): PairwiseScore {
  let together = 0;
  let same = 0;
  let both = 0;
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) {
      const sameLabel = labels[i] === labels[j];
      const sameCluster = clusterOf[i] === clusterOf[j];
      if (sameLabel) same++;
      if (sameCluster) together++;
      if (sameLabel && sameCluster) both++;
    }
  }
  const precision = together === 0 ? 1 : both / together;
  const recall = same === 0 ? 1 : both / same;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Clusters every question of every group and every remark (each remark its own label). */
export function clusteringQuality(set: LabelledSet): PairwiseScore & { clusters: number; items: number } {
  const items = [
    ...set.groups.flatMap((g) => g.questions.map((text) => ({ label: g.id, text }))),
    ...set.remarks.map((text, i) => ({ label: `remark-${i}`, text })),
  ];
  const clusters = clusterTexts(items.map((item, i) => ({ id: String(i), terms: analyze(item.text) })));
  const clusterOf: number[] = [];
  clusters.forEach((c, ci) => c.ids.forEach((id) => (clusterOf[Number(id)] = ci)));
  return {
    ...pairwiseScore(
      items.map((item) => item.label),
      clusterOf,
    ),
    clusters: clusters.length,
    items: items.length,
  };
}

export type SuggestionQuality = {
  top1: number;
  heldOut: number;
  unrelatedSuggested: number;
  unrelated: number;
  misses: { text: string; expected: string; got: string | null }[];
  falseSuggestions: { text: string; got: string }[];
};

/** The groups' questions are the answered ones; each held-out paraphrase should find its group first, and unrelated text nothing. */
export function suggestionQuality(set: LabelledSet): SuggestionQuality {
  const questions = set.groups.flatMap((g) =>
    g.questions.map((text, i) => ({ group: g.id, id: `${g.id}/${i}`, text })),
  );
  const groupOf = new Map(questions.map((q) => [q.id, q.group]));
  const index = new SuggestionIndex(questions.map((q) => ({ id: q.id, articleId: "a", terms: analyze(q.text) })));
  const top = (text: string) => index.query(analyze(text), { limit: 1 })[0]?.id ?? null;
  const misses: SuggestionQuality["misses"] = [];
  let heldOut = 0;
  let right = 0;
  for (const g of set.groups) {
    for (const text of g.heldOut) {
      heldOut++;
      const got = top(text);
      if (got && groupOf.get(got) === g.id) right++;
      else misses.push({ text, expected: g.id, got: got && groupOf.get(got)! });
    }
  }
  const falseSuggestions: SuggestionQuality["falseSuggestions"] = [];
  const unrelated = [...set.unrelated, ...set.remarks];
  for (const text of unrelated) {
    const got = top(text);
    if (got) falseSuggestions.push({ text, got: groupOf.get(got)! });
  }
  return {
    top1: heldOut === 0 ? 0 : right / heldOut,
    heldOut,
    unrelatedSuggested: falseSuggestions.length / unrelated.length,
    unrelated: unrelated.length,
    misses,
    falseSuggestions,
  };
}
