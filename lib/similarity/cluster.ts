import { corpusScale, cosine, toVector, type TermVector } from "./vector";

// Groups texts that ask the same question: average-linkage agglomerative clustering over
// cosine similarity, merging while two groups are on average at least `threshold` alike.
// 500 texts make 125,000 pairs, a few tens of milliseconds.

export type Clusterable = { id: string; terms: readonly string[] };
export type Cluster = { representativeId: string; ids: string[] };

export const CLUSTER_THRESHOLD = 0.35;
export const LINK = { single: 0.3 };

export function clusterTexts(items: readonly Clusterable[], threshold = CLUSTER_THRESHOLD): Cluster[] {
  const n = items.length;
  const df = new Map<string, number>();
  for (const item of items) for (const t of new Set(item.terms)) df.set(t, (df.get(t) ?? 0) + 1);
  const scale = corpusScale(df, n);
  const vectors: TermVector[] = items.map((item) => toVector(item.terms, scale));
  const sim = new Float32Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const s = cosine(vectors[i]!, vectors[j]!);
      sim[i * n + j] = s;
      sim[j * n + i] = s;
    }
  }
  const members: number[][] = items.map((_, i) => [i]);
  const alive = new Uint8Array(n).fill(1);
  for (;;) {
    let best = threshold;
    let bi = -1;
    let bj = -1;
    for (let i = 0; i < n; i++) {
      if (!alive[i]) continue;
      for (let j = i + 1; j < n; j++) {
        if (alive[j] && sim[i * n + j]! >= best) {
          best = sim[i * n + j]!;
          bi = i;
          bj = j;
        }
      }
    }
    if (bi < 0) break;
    // Average linkage: the merged group's similarity to k weighs both sides by their size.
    const si = members[bi]!.length;
    const sj = members[bj]!.length;
    for (let k = 0; k < n; k++) {
      if (!alive[k] || k === bi || k === bj) continue;
      const a = sim[bi * n + k]!;
      const b = sim[bj * n + k]!;
      const s = LINK.single * Math.max(a, b) + (1 - LINK.single) * ((a * si + b * sj) / (si + sj));
      sim[bi * n + k] = s;
      sim[k * n + bi] = s;
    }
    members[bi]!.push(...members[bj]!);
    alive[bj] = 0;
  }
  const clusters: Cluster[] = [];
  for (let i = 0; i < n; i++) {
    if (!alive[i]) continue;
    clusters.push({
      representativeId: items[medoid(members[i]!, vectors)]!.id,
      ids: members[i]!.map((m) => items[m]!.id),
    });
  }
  return clusters.sort((a, b) => b.ids.length - a.ids.length);
}

/** The member most like the others: the group's most representative question. */
function medoid(group: number[], vectors: TermVector[]): number {
  let best = group[0]!;
  let bestSum = -1;
  for (const i of group) {
    let sum = 0;
    for (const j of group) if (i !== j) sum += cosine(vectors[i]!, vectors[j]!);
    if (sum > bestSum) {
      bestSum = sum;
      best = i;
    }
  }
  return best;
}
