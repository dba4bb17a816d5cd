import { TERM_PREFIX } from "@/lib/similarity/analyze";

// What counts as a question (health's "featured questions without an answer", the recap's
// "still waiting for an answer"): a question mark in either script, or an asking word (why,
// how, which…) that the analyzer found when the comment was written (comments.terms).
// "For example" and "I recommend" are intents of the analyzer too, but they tell, not ask.

const QUESTION_MARK = /[?？]/;
const ASKING_TERMS = ["why", "how", "what", "where", "when", "which", "difference", "whether", "how-many"].map(
  (id) => TERM_PREFIX.intent + id,
);
const asking = new Set(ASKING_TERMS);

/** Whether a comment, with the terms it was indexed with, asks something. */
export const isQuestion = (body: string, terms: readonly string[]) =>
  QUESTION_MARK.test(body) || terms.some((t) => asking.has(t));

/** SQL: the same rule for the comment aliased `c` (the alias is code, never input; the terms are constants). */
export const isQuestionSql = (c: string) =>
  `(${c}.body ~ '[?？]' OR ${c}.terms && ARRAY[${ASKING_TERMS.map((t) => `'${t}'`).join(", ")}]::text[])`;
