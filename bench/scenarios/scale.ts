// Scale check: the first page of the featured list on articles of 1k, 10k and 100k
// comments, through HTTP (what a visitor gets) and as the bare SQL query with its plan
// (what a cache miss costs).
import type pg from "pg";
import { CONFIG } from "../config";
import { measure, type Endpoint, type LoadResult } from "../lib/load";
import type { Seeded } from "../setup-db";
import { listPath } from "./reads";

export type ScaleRow = {
  size: number;
  http: LoadResult;
  sqlP50: number;
  sqlP99: number;
  plan: string;
  usesListIndex: boolean;
};

const FIRST_PAGE_SQL = `
  SELECT c.id, c.body, c.like_count, c.reply_count, c.created_at, u.id AS author_id, u.name, u.avatar_url,
         EXISTS (SELECT 1 FROM course_members m WHERE m.course_id = c.course_id AND m.user_id = u.id AND m.role = 'INSTRUCTOR') AS is_instructor
  FROM comments c JOIN users u ON u.id = c.author_id
  WHERE c.article_id = $1 AND c.status = 'FEATURED' AND (c.deleted_at IS NULL OR c.reply_count > 0) AND c.pinned_at IS NULL
  ORDER BY c.like_count DESC, c.created_at DESC, c.id DESC
  LIMIT 21`;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function timeQuery(pool: pg.Pool, articleId: string) {
  const client = await pool.connect();
  try {
    const times: number[] = [];
    for (let i = 0; i < 300; i++) {
      const t = process.hrtime.bigint();
      await client.query(FIRST_PAGE_SQL, [articleId]);
      times.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    times.sort((a, b) => a - b);
    const { rows } = await client.query<{ "QUERY PLAN": unknown }>(`EXPLAIN (FORMAT JSON) ${FIRST_PAGE_SQL}`, [
      articleId,
    ]);
    const text = JSON.stringify(rows[0]?.["QUERY PLAN"]);
    const indexes = [...text.matchAll(/"Index Name":"([^"]+)"/g)].map((m) => m[1]);
    return {
      p50: Math.round(percentile(times, 50) * 100) / 100,
      p99: Math.round(percentile(times, 99) * 100) / 100,
      plan: indexes.length ? `index scans: ${[...new Set(indexes)].join(", ")}` : "no index scan",
      usesListIndex: indexes.includes("comments_article_id_status_like_count_created_at_id_idx"),
    };
  } finally {
    client.release();
  }
}

export async function scaleScenarios({ origin, pid }: Endpoint, seeded: Seeded, pool: pg.Pool): Promise<ScaleRow[]> {
  const rows: ScaleRow[] = [];
  for (const a of seeded.scale) {
    const sql = await timeQuery(pool, a.id);
    const http = await measure(`featured list at ${a.size.toLocaleString("en")} comments`, {
      origin,
      serverPid: pid,
      target: "GET /api/articles/{id}/comments?sort=top&limit=20",
      next: () => ({ path: listPath(a.id) }),
      seconds: CONFIG.scaleSeconds,
      warmupSeconds: Math.min(2, CONFIG.warmupSeconds),
    });
    rows.push({
      size: a.size,
      http,
      sqlP50: sql.p50,
      sqlP99: sql.p99,
      plan: sql.plan,
      usesListIndex: sql.usesListIndex,
    });
  }
  return rows;
}
