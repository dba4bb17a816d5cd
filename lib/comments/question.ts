import { TERM_PREFIX } from "@/lib/similarity/analyze";

// What counts as a question (health's "featured questions without an answer", the recap's
// "still waiting for an answer"): a question mark in either script, or an asking word
// (why, how, which…) that the analyzer found when the comment was written (comments.terms).

const QUESTION_MARK = /[?？]/;

/** Whether a comment, with the terms it was indexed with, asks something. */
export const isQuestion = (body: string, terms: readonly string[]) =>
  QUESTION_MARK.test(body) || terms.some((t) => t.startsWith(TERM_PREFIX.intent));

/** SQL: the same rule for the comment aliased `c` (the alias is code, never input). */
export const isQuestionSql = (c: string) =>
  `(${c}.body ~ '[?？]' OR EXISTS (SELECT 1 FROM unnest(${c}.terms) AS t WHERE left(t, 1) = '${TERM_PREFIX.intent}'))`;
