import type { PrismaClient } from "@/lib/generated/prisma/client";
import { ANALYZER_VERSION, articleIndex, commentIndex, replyIndex } from "./index-values";

// Rows written before search existed, or by an older analyzer (index_version below
// ANALYZER_VERSION), are analyzed again: at setup after seeding, and on every start after the
// migrations. Each batch is one read and one UPDATE … FROM jsonb_to_recordset, so a large
// backlog costs a few hundred statements, not one per row. Idempotent: indexed rows are skipped.

export type ReindexCounts = { comments: number; replies: number; articles: number };

type Stale = { id: string; title?: string; body: string };
type Table = {
  name: keyof ReindexCounts;
  read: (db: PrismaClient, after: string, batch: number) => Promise<Stale[]>;
  write: (db: PrismaClient, rows: Stale[]) => Promise<number>;
};

// Only this file's fixed texts: the table name is never input.
const TABLES: Table[] = [
  {
    name: "comments",
    read: (db, after, batch) => db.$queryRaw<Stale[]>`
      SELECT id, body FROM comments WHERE index_version < ${ANALYZER_VERSION} AND id > ${after}
      ORDER BY id LIMIT ${batch}`,
    write: (db, rows) => {
      const values = rows.map((r) => ({ id: r.id, ...commentIndex(r.body) }));
      return db.$executeRaw`
        UPDATE comments c SET terms = v.terms, search_vector = v.vector::tsvector, index_version = ${ANALYZER_VERSION}
        FROM jsonb_to_recordset(${JSON.stringify(values)}::jsonb) AS v(id text, terms text[], vector text)
        WHERE c.id = v.id AND c.index_version < ${ANALYZER_VERSION}`;
    },
  },
  {
    name: "replies",
    read: (db, after, batch) => db.$queryRaw<Stale[]>`
      SELECT id, body FROM replies WHERE index_version < ${ANALYZER_VERSION} AND id > ${after}
      ORDER BY id LIMIT ${batch}`,
    write: (db, rows) => {
      const values = rows.map((r) => ({ id: r.id, vector: replyIndex(r.body).vector }));
      return db.$executeRaw`
        UPDATE replies r SET search_vector = v.vector::tsvector, index_version = ${ANALYZER_VERSION}
        FROM jsonb_to_recordset(${JSON.stringify(values)}::jsonb) AS v(id text, vector text)
        WHERE r.id = v.id AND r.index_version < ${ANALYZER_VERSION}`;
    },
  },
  {
    name: "articles",
    read: (db, after, batch) => db.$queryRaw<Stale[]>`
      SELECT id, title, body FROM articles WHERE index_version < ${ANALYZER_VERSION} AND id > ${after}
      ORDER BY id LIMIT ${batch}`,
    write: (db, rows) => {
      const values = rows.map((r) => ({ id: r.id, vector: articleIndex(r.title ?? "", r.body).vector }));
      return db.$executeRaw`
        UPDATE articles a SET search_vector = v.vector::tsvector, index_version = ${ANALYZER_VERSION}
        FROM jsonb_to_recordset(${JSON.stringify(values)}::jsonb) AS v(id text, vector text)
        WHERE a.id = v.id AND a.index_version < ${ANALYZER_VERSION}`;
    },
  },
];

/**
 * Re-analyzes every row indexed by an older analyzer (or never), `batch` rows per statement.
 * A row edited meanwhile already carries the current version and is left as its edit wrote it.
 */
export async function reindexStale(db: PrismaClient, opts: { batch?: number } = {}): Promise<ReindexCounts> {
  const batch = opts.batch ?? 500;
  const counts: ReindexCounts = { comments: 0, replies: 0, articles: 0 };
  for (const table of TABLES) {
    let after = "";
    for (;;) {
      const rows = await table.read(db, after, batch);
      if (rows.length === 0) break;
      counts[table.name] += await table.write(db, rows);
      after = rows.at(-1)!.id;
    }
  }
  return counts;
}

/** One line for the logs: what a reindex did. */
export const describeReindex = (c: ReindexCounts) =>
  c.comments + c.replies + c.articles === 0
    ? "Search index is up to date."
    : `Search index: re-analyzed ${c.comments} comments, ${c.replies} replies, ${c.articles} articles.`;
