// Like designs measured at the database (no HTTP): 32 clients, each like a new
// (hot comment, user) row, for a fixed time and at most `dbLevel.users` likes.
//  - naive transaction: BEGIN; INSERT like; UPDATE comments SET like_count + 1; COMMIT
//    (what an ORM transaction does: the hot row stays locked across round trips);
//  - naive single statement: the same in one statement (context: the lock is held only
//    inside the server);
//  - the project's design: the statement of lib/comments/likes.ts (like row + one of 16
//    delta slots), with the folder's statement of foldLikeDeltas() every 250 ms.
import pg from "pg";
import { CONFIG } from "../config";
import { log, sleep } from "../lib/log";
import { checkLikeCounts, type CountCheck, type Seeded } from "../setup-db";

export type DbDesignResult = {
  name: string;
  sql: string;
  clients: number;
  seconds: number;
  transactions: number;
  tps: number;
  p50: number;
  p99: number;
  errors: number;
  check: CountCheck;
};

const LIKE_SLOTS = 16;

/** The statement of lib/comments/likes.ts setLike(…, true). */
const SLOT_LIKE_SQL = `
  WITH changed AS (
    INSERT INTO comment_likes (comment_id, user_id) VALUES ($1, $2)
    ON CONFLICT DO NOTHING RETURNING 1)
  INSERT INTO comment_like_deltas (comment_id, slot, delta)
  SELECT $1, $3::smallint, 1 FROM changed
  ON CONFLICT (comment_id, slot) DO UPDATE SET delta = comment_like_deltas.delta + 1`;

/** The statement of lib/comments/likes.ts foldLikeDeltas(). */
const FOLD_SQL = `
  WITH moved AS (DELETE FROM comment_like_deltas RETURNING comment_id, delta),
       sums AS (SELECT comment_id, sum(delta)::int AS delta FROM moved GROUP BY comment_id)
  UPDATE comments c SET like_count = c.like_count + sums.delta
  FROM sums WHERE c.id = sums.comment_id AND sums.delta <> 0
  RETURNING c.article_id AS id`;

const NAIVE_STATEMENT_SQL = `
  WITH changed AS (
    INSERT INTO comment_likes (comment_id, user_id) VALUES ($1, $2)
    ON CONFLICT DO NOTHING RETURNING 1)
  UPDATE comments SET like_count = like_count + (SELECT count(*) FROM changed) WHERE id = $1`;

type LikeFn = (client: pg.Client, commentId: string, userId: string) => Promise<void>;

const naiveTx: LikeFn = async (client, commentId, userId) => {
  await client.query("BEGIN");
  try {
    const ins = await client.query(
      "INSERT INTO comment_likes (comment_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
      [commentId, userId],
    );
    if (ins.rowCount === 1)
      await client.query("UPDATE comments SET like_count = like_count + 1 WHERE id = $1", [commentId]);
    await client.query("COMMIT");
  } catch (err) {
    await client.query("ROLLBACK").catch(() => {});
    throw err;
  }
};

const naiveStatement: LikeFn = async (client, commentId, userId) => {
  await client.query(NAIVE_STATEMENT_SQL, [commentId, userId]);
};

const slots: LikeFn = async (client, commentId, userId) => {
  await client.query(SLOT_LIKE_SQL, [commentId, userId, Math.floor(Math.random() * LIKE_SLOTS)]);
};

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function runDesign(
  url: string,
  name: string,
  sql: string,
  commentId: string,
  seeded: Seeded,
  like: LikeFn,
  withFolder: boolean,
  pool: pg.Pool,
): Promise<DbDesignResult> {
  const clients = await Promise.all(
    Array.from({ length: CONFIG.dbClients }, async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      return c;
    }),
  );
  const folder = withFolder ? new pg.Client({ connectionString: url }) : null;
  await folder?.connect();
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  let folding = true;
  try {
    const foldLoop = (async () => {
      while (folder && folding) {
        await folder.query(FOLD_SQL).catch(() => errors++);
        await sleep(250);
      }
    })();
    const started = Date.now();
    const deadline = started + CONFIG.dbSeconds * 1000;
    await Promise.all(
      clients.map(async (client) => {
        while (Date.now() < deadline && next < seeded.dbLevel.users) {
          const userId = seeded.dbLevel.userIds(next++);
          const t = process.hrtime.bigint();
          try {
            await like(client, commentId, userId);
            latencies.push(Number(process.hrtime.bigint() - t) / 1e6);
          } catch {
            errors++;
          }
        }
      }),
    );
    const seconds = (Date.now() - started) / 1000;
    folding = false;
    await foldLoop;
    if (folder) await folder.query(FOLD_SQL); // what the app's folder does within 250 ms
    const check = await checkLikeCounts(pool, [commentId]);
    latencies.sort((a, b) => a - b);
    const result: DbDesignResult = {
      name,
      sql: sql.replace(/\s+/g, " ").trim(),
      clients: clients.length,
      seconds: Math.round(seconds * 100) / 100,
      transactions: latencies.length,
      tps: latencies.length / seconds,
      p50: Math.round(percentile(latencies, 50) * 100) / 100,
      p99: Math.round(percentile(latencies, 99) * 100) / 100,
      errors,
      check,
    };
    log(
      `${name}: ${result.tps.toFixed(0)} tx/s, p50 ${result.p50} ms, p99 ${result.p99} ms, errors ${errors}, exact ${check.exact}`,
    );
    return result;
  } finally {
    folding = false;
    await Promise.all([...clients, ...(folder ? [folder] : [])].map((c) => c.end().catch(() => {})));
  }
}

export type DbLikeResults = { naiveTx: DbDesignResult; naiveStatement: DbDesignResult; slots: DbDesignResult };

export async function dbLikeScenarios(url: string, seeded: Seeded, pool: pg.Pool): Promise<DbLikeResults> {
  const ids = seeded.dbLevel.commentIds;
  return {
    naiveTx: await runDesign(
      url,
      "naive: one transaction (INSERT like; UPDATE hot counter)",
      "BEGIN; INSERT INTO comment_likes …; UPDATE comments SET like_count = like_count + 1 WHERE id = $1; COMMIT",
      ids.naiveTx,
      seeded,
      naiveTx,
      false,
      pool,
    ),
    naiveStatement: await runDesign(
      url,
      "naive: one statement (INSERT like + UPDATE hot counter)",
      NAIVE_STATEMENT_SQL,
      ids.naiveStatement,
      seeded,
      naiveStatement,
      false,
      pool,
    ),
    slots: await runDesign(
      url,
      "project: like row + 1 of 16 delta slots, folded every 250 ms",
      SLOT_LIKE_SQL,
      ids.slots,
      seeded,
      slots,
      true,
      pool,
    ),
  };
}
