import { cached, invalidate } from "@/lib/cache";
import { sqlRows } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { newId } from "@/lib/ids";
import "server-only";
import { analyze } from "./analyze";
import { SuggestionIndex, type Match } from "./suggestion-index";

// Each app server keeps the answered questions of the courses being written in as an
// in-memory index, built from the terms stored with each comment (PostgreSQL is the source;
// nothing is analyzed on read but the question being typed). A change to what is answered
// invalidates the course's stamp; the next request rebuilds the index in the background
// and is served by the previous one meanwhile.

const STAMP_TTL_MS = 10 * 60_000; // a missed invalidation heals within this
const STAMP_CHECK_MS = 1_000; // how stale a suggestion may be after a question is answered
// A big course's index takes a moment to build: rebuilds are spaced by a multiple of that,
// so a burst of curation costs a few builds, not one per change.
const REBUILD_SPACING = 5;
const MAX_COURSES = 32;

type Built = { index: SuggestionIndex; stamp: string; builtAt: number; buildMs: number };
type Entry = Built & { checkedAt: number; rebuilding: Promise<void> | null };
const courses = new Map<string, Entry>();
const firstBuilds = new Map<string, Promise<Entry>>();

const namespace = (courseId: string) => `similar:${courseId}`;

/** Call after a course's featured comments or their author replies changed (once committed). */
export function invalidateSimilarQuestions(courseId: string): Promise<void> {
  return invalidate(namespace(courseId));
}

const currentStamp = (courseId: string) => cached(namespace(courseId), "stamp", STAMP_TTL_MS, async () => newId());

type Row = { id: string; article_id: string; terms: string[] | null };

async function build(courseId: string): Promise<Built> {
  const started = Date.now();
  const stamp = await currentStamp(courseId); // read first: a change during the load leaves a newer stamp
  // The answered questions, and the comments an instructor linked to one of them: other
  // wordings of the same question, indexed under its id.
  const rows = await sqlRows<Row>(Prisma.sql`
    WITH answered AS (
      SELECT c.id, c.article_id, c.terms FROM comments c
      WHERE c.course_id = ${courseId} AND c.status = 'FEATURED' AND c.deleted_at IS NULL
        AND EXISTS (SELECT 1 FROM replies r WHERE r.comment_id = c.id AND r.is_author_reply
                    AND r.status = 'PUBLISHED' AND r.hidden_at IS NULL AND r.deleted_at IS NULL))
    SELECT id, article_id, terms FROM answered
    UNION ALL
    SELECT a.id, a.article_id, l.terms FROM comments l JOIN answered a ON a.id = l.answered_in_id
    WHERE l.course_id = ${courseId} AND l.status = 'LINKED' AND l.deleted_at IS NULL`);
  const index = new SuggestionIndex(rows.map((r) => ({ id: r.id, articleId: r.article_id, terms: r.terms ?? [] })));
  return { index, stamp, builtAt: Date.now(), buildMs: Date.now() - started };
}

async function indexOf(courseId: string): Promise<SuggestionIndex> {
  const entry = courses.get(courseId);
  if (!entry) {
    let first = firstBuilds.get(courseId);
    if (!first) {
      first = build(courseId)
        .then((built) => remember(courseId, { ...built, checkedAt: Date.now(), rebuilding: null }))
        .finally(() => firstBuilds.delete(courseId));
      firstBuilds.set(courseId, first);
    }
    return (await first).index;
  }
  const due = Math.max(entry.checkedAt + STAMP_CHECK_MS, entry.builtAt + REBUILD_SPACING * entry.buildMs);
  if (Date.now() >= due && !entry.rebuilding) {
    entry.checkedAt = Date.now();
    const stamp = await currentStamp(courseId);
    if (stamp !== entry.stamp) {
      entry.rebuilding = build(courseId)
        .then((next) => void Object.assign(entry, next))
        .catch(() => {}) // the old index keeps serving; the next check tries again
        .finally(() => (entry.rebuilding = null));
    }
  }
  return entry.index;
}

function remember(courseId: string, entry: Entry): Entry {
  courses.delete(courseId);
  courses.set(courseId, entry);
  if (courses.size > MAX_COURSES) courses.delete(courses.keys().next().value!);
  return entry;
}

/** Answered questions of the course that ask what `text` asks, best first (none when none is close). */
export async function findSimilarQuestions(courseId: string, text: string, limit = 5): Promise<Match[]> {
  const terms = analyze(text);
  if (terms.length === 0) return [];
  const index = await indexOf(courseId);
  return index.query(terms, { limit });
}
