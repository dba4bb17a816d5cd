import { idf as JIEBA_IDF } from "@node-rs/jieba/dict.js";
import { BIGRAM_PREFIX, TERM_PREFIX } from "./analyze";

// How much a shared term says that two texts ask the same thing. A domain concept says most,
// a general word less, the kind of question (why, how) least. Words outside the glossary are
// more often a learner's own phrasing than the topic: they count by how rare they are in
// general Chinese (jieba's table), within bounds.

export const WEIGHTS = {
  domain: 3,
  general: 1,
  intent: 0.7,
  latinWord: 1,
  bigram: 0.3,
  /** A related concept counts as this share of the concept. */
  related: 0.2,
  /** A Chinese word's weight is its idf over this, between the two bounds. */
  chineseIdfScale: 16,
  chineseMin: 0.25,
  chineseMax: 0.7,
};

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
  switch (term[0]) {
    case TERM_PREFIX.domain:
      return WEIGHTS.domain;
    case TERM_PREFIX.general:
      return WEIGHTS.general;
    case TERM_PREFIX.intent:
      return WEIGHTS.intent;
    case BIGRAM_PREFIX:
      return WEIGHTS.bigram;
  }
  if (/^[a-z0-9]/.test(term)) return WEIGHTS.latinWord;
  return Math.min(WEIGHTS.chineseMax, Math.max(WEIGHTS.chineseMin, idfOfChinese(term) / WEIGHTS.chineseIdfScale));
}
