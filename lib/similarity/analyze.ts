import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict.js";
import { stemmer } from "stemmer";
import { zho as CHINESE_STOPWORDS, eng as ENGLISH_STOPWORDS } from "stopword";
import { GLOSSARY, type ConceptKind } from "./glossary";
import { PhraseMatcher } from "./phrases";

// Turns a learner's text into the terms similarity compares: glossary concepts (the same in
// Chinese and English), then the remaining words (Chinese segmented by jieba, English stemmed),
// without the words that say nothing about what is asked.

/** Bump when terms or search words change: stored rows of an older version are indexed again. */
export const ANALYZER_VERSION = 1;

/** A term's first character tells its kind; words never start with one of these. */
export const TERM_PREFIX: Record<ConceptKind, string> = { domain: "#", general: "+", intent: "?" };
/** Two Chinese characters in a row, outside the glossary's forms. */
export const BIGRAM_PREFIX = "~";

// Words of a question that carry no topic (beyond the stopword lists' function words).
const CHINESE_FILLER = new Set(
  (
    "老师 请问 请教 一下 这个 那个 这些 那些 我们 你们 他们 自己 可以 一个 没有 还是 就是 但是 因为 所以 如果 的话 " +
    "这样 那么 感觉 觉得 文章 课程 大家 现在 一些 一般 应该 有没有 是不是 能否 想问 问下 问一下 谢谢 感谢 其实 然后 " +
    "比如 例如 里面 里 的时候 时候 之后 之前 呢 吗 啊 吧 哈 哈哈 嗯 呀 么 还有 以及 或者 而且 不过 本文 这里 那里 " +
    "这么 那样 具体 一样 东西 情况 方面 什么 一直 已经 可能 能 会 要 想 讲 说 提到 作者 同学 请 麻烦 您"
  )
    .split(" ")
    .filter(Boolean),
);
const ENGLISH_FILLER = new Set(
  (
    "thanks thank thx great nice awesome cool good ok okay hi hello hey please teacher sir article lesson course " +
    "anyone guys really just also actually question questions wonder wondering curious ask asking know"
  ).split(" "),
);
const STOP = new Set<string>([...ENGLISH_STOPWORDS, ...CHINESE_STOPWORDS, ...CHINESE_FILLER, ...ENGLISH_FILLER]);

const HAN = /\p{Script=Han}/u;
const ASCII_WORD = /^[a-z0-9][a-z0-9+#._-]*$/;

type Form = { form: string; term: string };
const forms: Form[] = GLOSSARY.flatMap((c) => c.forms.map((form) => ({ form, term: TERM_PREFIX[c.kind] + c.id })));
const compact = (s: string) => s.replace(/\s+/g, "");
const termOfForm = new Map(forms.map((f) => [compact(f.form), f.term]));
// English forms also by stem, so "caches" finds "cache".
const termOfStem = new Map(forms.filter((f) => ASCII_WORD.test(f.form)).map((f) => [stemmer(f.form), f.term]));

const phrases = new PhraseMatcher(forms);

let segmenter: Jieba | null = null;
function jieba(): Jieba {
  if (!segmenter) {
    segmenter = Jieba.withDict(dict);
    // The glossary's Chinese forms stay whole words ("分布式锁", not "分布式" + "锁").
    const words = forms.filter((f) => HAN.test(f.form) && !f.form.includes(" ")).map((f) => `${f.form} 100000`);
    segmenter.loadDict(new TextEncoder().encode(words.join("\n")));
  }
  return segmenter;
}

/** The text as the analyzer reads it: one width, lower case, no links or markup. */
export function normalize(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/https?:\/\/\S+/g, " ")
    .replace(/[`*_>#~|[\](){}<>"'“”‘’]/g, " ");
}

/** The words of `text` in reading order: Chinese segmented (for search, also the words inside long ones), each Latin word whole. */
export function segment(text: string, { forSearch = false } = {}): string[] {
  const words = forSearch ? jieba().cutForSearch(text, true) : jieba().cut(text, true);
  return words.map((w) => w.trim()).filter((w) => w !== "" && (HAN.test(w) || /[a-z0-9]/.test(w)));
}

function wordTerm(word: string): string | null {
  if (STOP.has(word)) return null;
  const mapped = termOfForm.get(word);
  if (mapped) return mapped;
  if (HAN.test(word)) return [...word].length > 1 ? word : null; // single characters are too ambiguous
  if (!ASCII_WORD.test(word) || /^\d+$/.test(word) || word.length < 2) return null;
  const stem = stemmer(word);
  return termOfStem.get(stem) ?? stem;
}

type Matched = { normalized: string; found: ReturnType<typeof phrases.find> };

/** The text normalized and its glossary phrases found: the part of the work both readings share. */
const match = (text: string): Matched => {
  const normalized = normalize(text);
  return { normalized, found: phrases.find(normalized) };
};

/** The distinct terms of `text`, in order of first appearance. */
export const analyze = (text: string): string[] => termsOf(match(text));

/**
 * The words course search indexes and looks for: every word of the text but function words,
 * English also by its stem, and the glossary's concepts, so a search in one language finds the
 * other ("一致性哈希" finds "consistent hashing"). Stored with array_to_tsvector, matched as is.
 */
export const searchWords = (text: string): string[] => wordsOf(match(text));

/**
 * Both readings of a text being stored (a comment's terms and its search words), normalized and
 * matched against the glossary once. Jieba still runs twice: similarity wants its precise cut of
 * the words outside the glossary, search its recall mode over the whole text.
 */
export function readForIndex(text: string): { terms: string[]; words: string[] } {
  const matched = match(text);
  return { terms: termsOf(matched), words: wordsOf(matched) };
}

function termsOf({ normalized, found }: Matched): string[] {
  const terms = new Set<string>();
  let rest = "";
  let from = 0;
  for (const { term, start, end } of found) {
    terms.add(term);
    rest += `${normalized.slice(from, start)} `;
    from = end;
  }
  rest += normalized.slice(from);
  // Pairs of Chinese characters across the words kept outside the glossary: paraphrases that
  // segment differently ("时钟回拨", "时间回拨") still share some ("回拨").
  let run = "";
  const addPairs = () => {
    const chars = [...run];
    for (let i = 0; i + 1 < chars.length; i++) terms.add(BIGRAM_PREFIX + chars[i]! + chars[i + 1]!);
    run = "";
  };
  for (const word of segment(rest)) {
    const term = wordTerm(word);
    if (term) terms.add(term);
    if (term && HAN.test(term[0]!)) run += term;
    else addPairs();
  }
  addPairs();
  return [...terms];
}

function wordsOf({ normalized, found }: Matched): string[] {
  const words = new Set<string>();
  for (const { term } of found) if (term.startsWith(TERM_PREFIX.domain)) words.add(term);
  // Search mode also yields the words inside long ones: "缓存击穿" is found by "击穿".
  for (const word of segment(normalized, { forSearch: true })) {
    if (STOP.has(word)) continue;
    words.add(word);
    if (ASCII_WORD.test(word)) words.add(stemmer(word));
  }
  return [...words];
}

/** The glossary's written forms of a concept term ("#cache" → "缓存", "cache", …), for highlighting. */
export function formsOf(term: string): readonly string[] {
  return GLOSSARY.find((c) => TERM_PREFIX[c.kind] + c.id === term)?.forms ?? [];
}
