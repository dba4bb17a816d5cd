// "Answers before you ask" (issue 16): how good grouping and suggestions are on the labelled
// set, and how fast suggestions come with 100,000 answered questions in one course, and
// grouping 500 pending comments.
import { readFileSync } from "node:fs";
import type pg from "pg";
import { analyze, ANALYZER_VERSION } from "../../lib/similarity/analyze";
import { clusterTexts } from "../../lib/similarity/cluster";
import {
  clusteringQuality,
  suggestionQuality,
  type LabelledSet,
  type PairwiseScore,
  type SuggestionQuality,
} from "../../lib/similarity/quality";
import { CONFIG } from "../config";
import { measure, type Endpoint, type LoadResult } from "../lib/load";
import { log } from "../lib/log";

export type SimilarResults = {
  clustering: PairwiseScore & { clusters: number; items: number };
  suggestions: Omit<SuggestionQuality, "misses" | "falseSuggestions"> & { misses: number; falseSuggestions: number };
  /** Grouping 500 pending comments by their stored terms: median of 5 runs, ms. */
  cluster500Ms: number;
  answered: number;
  http?: LoadResult;
};

const SET_PATH = "bench/data/similar-questions.json";
const COURSE_ID = "bench-similar-course";
const ARTICLE_ID = "bench-similar";
export const SIMILAR_COURSE_SLUG = "similar-course";

export function loadLabelledSet(): LabelledSet {
  return JSON.parse(readFileSync(SET_PATH, "utf8")) as LabelledSet;
}

/** A small deterministic generator (mulberry32), so every run seeds the same corpus. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * 100,000 answered questions on the course's topics: every labelled question, then variants
 * of the set's texts (questions, answers, unrelated ones) with words of other texts mixed in,
 * so common terms have long posting lists as in a real course, and no two bodies are equal.
 */
function corpus(set: LabelledSet, size: number): string[] {
  const next = random(16);
  const texts = [...set.groups.flatMap((g) => [...g.questions, g.answer]), ...set.unrelated];
  const words = texts.flatMap((t) => t.split(/[\s，。？！,.?!]+/)).filter((w) => w.length > 1);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const out = set.groups.flatMap((g) => g.questions);
  while (out.length < size) {
    const extra = Array.from({ length: 2 + Math.floor(next() * 6) }, () => pick(words)).join(" ");
    out.push(next() < 0.5 ? `${pick(texts)} ${extra} (${out.length})` : `${extra} ${pick(texts)} #${out.length}`);
  }
  return out;
}

async function seedAnswered(pool: pg.Pool, bodies: string[]) {
  const c = await pool.connect();
  try {
    await c.query("BEGIN");
    await c.query(
      `INSERT INTO courses (id, slug, title, summary, updated_at) VALUES ($1, $2, 'Answers before you ask', 'The similarity bench course.', now())`,
      [COURSE_ID, SIMILAR_COURSE_SLUG],
    );
    await c.query(
      `INSERT INTO course_members (course_id, user_id, role)
       SELECT $1, id, (CASE WHEN id = 'bench-instructor' THEN 'INSTRUCTOR' ELSE 'LEARNER' END)::"MemberRole" FROM users`,
      [COURSE_ID],
    );
    await c.query(
      `INSERT INTO articles (id, course_id, slug, kind, title, body, author_id, status, position, featured_comment_count, published_at, updated_at)
       VALUES ($1, $2, 'answered', 'LESSON', 'A lesson with many answered questions', 'Questions and answers.', 'bench-instructor', 'PUBLISHED', 1, $3, now() - interval '1 day', now())`,
      [ARTICLE_ID, COURSE_ID, bodies.length],
    );
    const BATCH = 5_000;
    for (let start = 0; start < bodies.length; start += BATCH) {
      const rows = bodies
        .slice(start, start + BATCH)
        .map((body, i) => ({ id: `bs-${start + i}`, body, terms: analyze(body) }));
      await c.query(
        `INSERT INTO comments (id, course_id, article_id, author_id, body, terms, status, featured_at, reply_count, created_at, updated_at, index_version)
         SELECT x.id, $2, $3, 'bu' || lpad((row_number() OVER () % $4::int)::text, 4, '0'), x.body, x.terms,
                'FEATURED', now(), 1, now() - interval '10 days', now(), $5
         FROM json_to_recordset($1::json) AS x(id text, body text, terms text[])`,
        [JSON.stringify(rows), COURSE_ID, ARTICLE_ID, CONFIG.users, ANALYZER_VERSION],
      );
    }
    await c.query(
      `INSERT INTO replies (id, comment_id, author_id, body, is_author_reply, updated_at)
       SELECT 'br-' || c.id, c.id, 'bench-instructor', 'The answer.', true, now() FROM comments c WHERE c.article_id = $1`,
      [ARTICLE_ID],
    );
    await c.query("COMMIT");
    // As a live database would be: its statistics know the new rows (the planner's estimates
    // for a table that grew by 100,000 rows in a minute are otherwise far off).
    await c.query("VACUUM ANALYZE comments, replies, course_members");
  } catch (err) {
    await c.query("ROLLBACK");
    throw err;
  } finally {
    c.release();
  }
}

/** Grouping cost alone (terms are stored with each comment): 500 pending comments, median of 5 runs. */
function timeClustering(bodies: string[]): number {
  const items = bodies.slice(0, 500).map((body, i) => ({ id: String(i), terms: analyze(body) }));
  const times: number[] = [];
  for (let run = 0; run < 5; run++) {
    const t = performance.now();
    clusterTexts(items);
    times.push(performance.now() - t);
  }
  return Math.round(times.sort((a, b) => a - b)[2]! * 10) / 10;
}

export async function similarScenario({ origin, pid }: Endpoint, pool: pg.Pool): Promise<SimilarResults> {
  const set = loadLabelledSet();
  const clustering = clusteringQuality(set);
  const { misses, falseSuggestions, ...suggestions } = suggestionQuality(set);
  log(
    `similar quality: F1 ${clustering.f1.toFixed(3)} (P ${clustering.precision.toFixed(3)}, R ${clustering.recall.toFixed(3)}), top-1 ${suggestions.top1.toFixed(3)}, unrelated with a suggestion ${falseSuggestions.length}/${suggestions.unrelated}`,
  );
  const size = CONFIG.similarAnswered;
  const bodies = corpus(set, size);
  const pending = [...set.groups.flatMap((g) => g.questions), ...set.remarks, ...bodies.slice(-500)];
  const cluster500Ms = timeClustering(pending);
  log(`grouping 500 pending comments: ${cluster500Ms} ms`);
  const seededAt = performance.now();
  await seedAnswered(pool, bodies);
  log(
    `seeded ${size.toLocaleString("en-US")} answered questions in ${((performance.now() - seededAt) / 1000).toFixed(0)} s`,
  );

  const queries = [...set.groups.flatMap((g) => g.heldOut), ...set.unrelated, ...set.remarks];
  let n = 0;
  const path = () => `/api/articles/${ARTICLE_ID}/similar?q=${encodeURIComponent(queries[n++ % queries.length]!)}`;
  // The index is built on the first request: once, before the measured runs.
  await fetch(origin + path());
  const http = await measure(`suggestions while typing (${size.toLocaleString("en-US")} answered)`, {
    origin,
    target: "GET /api/articles/{id}/similar?q= (held-out paraphrases, unrelated text and remarks in turn)",
    next: () => ({ path: path() }),
    serverPid: pid,
    verifyBody: (body) => body.startsWith('{"items":['),
  });
  return {
    clustering,
    suggestions: { ...suggestions, misses: misses.length, falseSuggestions: falseSuggestions.length },
    cluster500Ms,
    answered: size,
    http,
  };
}
