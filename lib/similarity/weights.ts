import { idf as JIEBA_IDF } from "@node-rs/jieba/dict";
import { TERM_PREFIX } from "./analyze";

// How much a shared term says that two texts ask the same thing. A domain concept says most,
// a rare word more than a common one, the kind of question (why, how) least.

const CONCEPT_WEIGHT: Record<string, number> = {
  [TERM_PREFIX.domain]: 3,
  [TERM_PREFIX.general]: 1,
  [TERM_PREFIX.intent]: 0.7,
};
const LATIN_WORD_WEIGHT = 1.5;
const UNKNOWN_CHINESE_IDF = 12; // words missing from jieba's table are rare ones

let chineseIdf: Map<string, number> | null = null;
function idfOfChinese(word: string): number {
  if (!chineseIdf) {
    chineseIdf = new Map();
    for (const line of Buffer.from(JIEBA_IDF).toString("utf8").split("\n")) {
      const space = line.lastIndexOf(" ");
      if (space > 0) chineseIdf.set(line.slice(0, space), Number(line.slice(space + 1)));
    }
  }
  return chineseIdf.get(word) ?? UNKNOWN_CHINESE_IDF;
}

/** The weight of one term, by its kind and, for Chinese words, how rare the word is in general text. */
export function termWeight(term: string): number {
  const concept = CONCEPT_WEIGHT[term[0]!];
  if (concept !== undefined) return concept;
  if (/^[a-z0-9]/.test(term)) return LATIN_WORD_WEIGHT;
  return Math.min(1.8, Math.max(0.4, idfOfChinese(term) / 7));
}
