// The bench database: a fresh `jingxuan_bench_<random>` on the PostgreSQL server that
// DATABASE_URL names (else the local one on 5432, else the embedded one), migrated like
// production, seeded with SQL in a few statements, dropped when the run ends.
import { hash } from "@node-rs/argon2";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { createDatabase, dropDatabase, migrateDeploy, withDatabase } from "../scripts/db/migrations";
import { openDatabaseServer } from "../scripts/db/server";
import { CONFIG, COURSE_SLUG, MAIN_ARTICLE_SLUG } from "./config";
import { onCleanup } from "./lib/cleanup";
import { log } from "./lib/log";

const DEFAULT_SERVER_URL = "postgresql://postgres@127.0.0.1:5432/postgres";
const LOOPBACK = new Set(["127.0.0.1", "localhost", "::1", "[::1]"]);
export const BENCH_PASSWORD = "bench-password-1";

export type BenchUser = { id: string; name: string; email: string };

export type Seeded = {
  courseId: string;
  users: BenchUser[];
  main: {
    id: string;
    slug: string;
    /** Every featured comment, in seed order. */
    commentIds: string[];
    /** Like count of each comment of `commentIds`, as seeded. */
    likeCounts: number[];
    /** Featured comments with no like yet: the like storm's hot comments. */
    stormCommentIds: string[];
    /** The 100 most liked: where the reply scenario writes. */
    topCommentIds: string[];
  };
  scale: { size: number; id: string; slug: string }[];
  /** Hot comments of the database-level comparison, one per design, and its users. */
  dbLevel: {
    commentIds: Record<"naiveTx" | "naiveStatement" | "slots", string>;
    userIds: (i: number) => string;
    users: number;
  };
};

export type BenchDatabase = {
  serverUrl: string;
  name: string;
  url: string;
  isEmbedded: boolean;
  serverVersion: string;
  pool: pg.Pool;
  /** Creates a further database on the same server (dropped at the end too). */
  createSibling: (suffix: string) => Promise<string>;
};

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function resolveServer(): Promise<{ serverUrl: string; isEmbedded: boolean; stop: () => Promise<void> }> {
  if (process.env.DATABASE_URL) {
    const server = await openDatabaseServer();
    return { serverUrl: server.serverUrl, isEmbedded: false, stop: server.stop };
  }
  if (await canConnect(DEFAULT_SERVER_URL))
    return { serverUrl: DEFAULT_SERVER_URL, isEmbedded: false, stop: async () => {} };
  log("no PostgreSQL on 127.0.0.1:5432: using the embedded server in .data/");
  const server = await openDatabaseServer();
  return { serverUrl: server.serverUrl, isEmbedded: server.isEmbedded, stop: server.stop };
}

export async function createBenchDatabase(): Promise<BenchDatabase> {
  const server = await resolveServer();
  onCleanup("stop the database server (if this run started it)", server.stop);
  const host = new URL(server.serverUrl).hostname;
  if (!LOOPBACK.has(host))
    throw new Error(`Refusing to benchmark against ${host}: the bench only loads servers on this machine (127.0.0.1).`);

  const name = `jingxuan_bench_${randomBytes(4).toString("hex")}`;
  const created: string[] = [];
  const create = async (db: string) => {
    await createDatabase(server.serverUrl, db);
    created.push(db);
    onCleanup(`drop database ${db}`, () => dropDatabase(server.serverUrl, db));
  };
  await create(name);
  const url = withDatabase(server.serverUrl, name);
  log(`database ${name} created; applying migrations`);
  await migrateDeploy(url);
  const pool = new pg.Pool({ connectionString: url, max: 8 });
  onCleanup("close the bench pool", () => pool.end());
  const { rows } = await pool.query<{ v: string }>("SELECT current_setting('server_version') AS v");
  return {
    serverUrl: server.serverUrl,
    name,
    url,
    isEmbedded: server.isEmbedded,
    serverVersion: rows[0]?.v ?? "unknown",
    pool,
    createSibling: async (suffix) => {
      const sibling = `${name}_${suffix}`;
      await create(sibling);
      return withDatabase(server.serverUrl, sibling);
    },
  };
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");
const userId = (i: number) => `bu${pad(i, 4)}`;
const mainCommentId = (i: number) => `bm${pad(i, 4)}`;
const loadUserId = (i: number) => `bl${pad(i, 6)}`;

/** Seeds the whole bench data set with set-based SQL (about 10 s on 2 cores). */
export async function seed(db: BenchDatabase): Promise<Seeded> {
  const started = Date.now();
  const c = await db.pool.connect();
  try {
    const passwordHash = await hash(BENCH_PASSWORD);
    const body =
      "Hot spots need a plan before the class arrives: cache what everyone reads, and keep the counter off the row everyone writes.";
    const courseId = "bench-course-1";
    await c.query("BEGIN");
    await c.query(
      `INSERT INTO courses (id, slug, title, summary, updated_at) VALUES ($1, $2, 'Surviving hot spots', 'The bench course.', now())`,
      [courseId, COURSE_SLUG],
    );
    await c.query(
      `INSERT INTO users (id, email, name, password_hash, updated_at)
       SELECT 'bu' || lpad(i::text, 4, '0'), 'learner' || i || '@bench.example', 'Learner ' || i, $1, now()
       FROM generate_series(0, $2::int - 1) i`,
      [passwordHash, CONFIG.users],
    );
    await c.query(
      `INSERT INTO users (id, email, name, password_hash, updated_at) VALUES ('bench-instructor', 'instructor@bench.example', 'Bench Instructor', $1, now())`,
      [passwordHash],
    );
    await c.query(
      `INSERT INTO course_members (course_id, user_id, role)
       SELECT $1, id, (CASE WHEN id = 'bench-instructor' THEN 'INSTRUCTOR' ELSE 'LEARNER' END)::"MemberRole" FROM users`,
      [courseId],
    );
    const article = (id: string, slug: string, title: string, position: number, featured: number) =>
      c.query(
        `INSERT INTO articles (id, course_id, slug, kind, title, body, author_id, status, position, featured_comment_count, published_at, updated_at)
         VALUES ($1, $2, $3, 'LESSON', $4, $5, 'bench-instructor', 'PUBLISHED', $6, $7, now() - interval '1 day', now())`,
        [
          id,
          courseId,
          slug,
          title,
          `## ${title}\n\nThe whole class reads this at once.\n\n${body}`,
          position,
          featured,
        ],
      );

    // The hot article: 1,000 featured comments; the last `stormComments` start with no like.
    const mainId = "bench-main";
    await article(mainId, MAIN_ARTICLE_SLUG, "The article everyone reads", 1, CONFIG.mainComments);
    await c.query(
      `INSERT INTO comments (id, course_id, article_id, author_id, body, status, featured_at, featured_by_id, created_at, updated_at)
       SELECT 'bm' || lpad(i::text, 4, '0'), $1, $2, 'bu' || lpad((i % $3::int)::text, 4, '0'),
              'Comment ' || i || '. ' || $4, 'FEATURED', now() - interval '1 hour', 'bench-instructor',
              now() - interval '2 days' + i * interval '1 minute', now()
       FROM generate_series(0, $5::int - 1) i`,
      [courseId, mainId, CONFIG.users, body, CONFIG.mainComments],
    );
    // 100k like rows over the other comments, more on the first ones (a deterministic
    // pseudo-random pick of (comment, user) pairs, weighted toward low comment numbers).
    const liked = CONFIG.mainComments - CONFIG.stormComments;
    await c.query(
      `INSERT INTO comment_likes (comment_id, user_id)
       SELECT 'bm' || lpad(i::text, 4, '0'), 'bu' || lpad(u::text, 4, '0')
       FROM generate_series(0, $1::int - 1) i CROSS JOIN generate_series(0, $2::int - 1) u
       ORDER BY (hashtext(i || ':' || u) & 65535) * (1 + i / 100.0), i, u
       LIMIT $3`,
      [liked, CONFIG.users, CONFIG.mainLikes],
    );

    // Scale articles: featured comments with a few likes each (0..3, rows behind them).
    const scale: Seeded["scale"] = [];
    for (const [n, size] of CONFIG.scaleSizes.entries()) {
      const id = `bench-scale-${size}`;
      const slug = `scale-${size}`;
      await article(id, slug, `Scale check: ${size} comments`, 10 + n, size);
      await c.query(
        `INSERT INTO comments (id, course_id, article_id, author_id, body, status, featured_at, like_count, created_at, updated_at)
         SELECT $2 || '-' || i, $1, $2, 'bu' || lpad((i % $3::int)::text, 4, '0'), 'Comment ' || i || '. ' || $4, 'FEATURED',
                now() - interval '1 hour', i % 4, now() - interval '30 days' + i * interval '1 second', now()
         FROM generate_series(0, $5::int - 1) i`,
        [courseId, id, CONFIG.users, body, size],
      );
      await c.query(
        `INSERT INTO comment_likes (comment_id, user_id)
         SELECT c.id, 'bu' || lpad(u::text, 4, '0') FROM comments c CROSS JOIN generate_series(0, 2) u
         WHERE c.article_id = $1 AND u < c.like_count`,
        [id],
      );
      scale.push({ size, id, slug });
    }

    // The database-level comparison: its own article, one hot comment per design, and
    // users that exist only to give each like a distinct row.
    await article("bench-db", "db-level", "Database-level like designs", 20, 3);
    const dbComments = { naiveTx: "bd-naive-tx", naiveStatement: "bd-naive-statement", slots: "bd-slots" };
    for (const id of Object.values(dbComments)) {
      await c.query(
        `INSERT INTO comments (id, course_id, article_id, author_id, body, status, featured_at, updated_at)
         VALUES ($1, $2, 'bench-db', 'bench-instructor', 'A hot comment.', 'FEATURED', now(), now())`,
        [id, courseId],
      );
    }
    await c.query(
      `INSERT INTO users (id, email, name, password_hash, updated_at)
       SELECT 'bl' || lpad(i::text, 6, '0'), 'load' || i || '@bench.example', 'Load ' || i, 'x', now()
       FROM generate_series(0, $1::int - 1) i`,
      [CONFIG.dbLoadUsers],
    );

    // Counters from the rows behind them.
    await c.query(
      `UPDATE comments c SET like_count = x.n FROM (SELECT comment_id, count(*)::int AS n FROM comment_likes GROUP BY comment_id) x
       WHERE c.id = x.comment_id AND c.like_count <> x.n`,
    );
    await c.query("COMMIT");
    await c.query("ANALYZE");

    const counts = await c.query<{ id: string; like_count: number }>(
      `SELECT id, like_count FROM comments WHERE article_id = $1 ORDER BY id`,
      [mainId],
    );
    const { rows: top } = await c.query<{ id: string }>(
      `SELECT id FROM comments WHERE article_id = $1 ORDER BY like_count DESC, created_at DESC, id DESC LIMIT 100`,
      [mainId],
    );
    const { rows: likeTotal } = await c.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM comment_likes l JOIN comments c ON c.id = l.comment_id WHERE c.article_id = $1`,
      [mainId],
    );
    const users = Array.from({ length: CONFIG.users }, (_, i) => ({
      id: userId(i),
      name: `Learner ${i}`,
      email: `learner${i}@bench.example`,
    }));
    const commentIds = Array.from({ length: CONFIG.mainComments }, (_, i) => mainCommentId(i));
    const byId = new Map(counts.rows.map((r) => [r.id, r.like_count]));
    log(
      `seeded in ${((Date.now() - started) / 1000).toFixed(1)} s: ${CONFIG.users} members, ${CONFIG.mainComments} featured comments with ${likeTotal[0]?.n} likes, ` +
        `scale articles of ${CONFIG.scaleSizes.join(" / ")} comments, ${CONFIG.dbLoadUsers} database-level users`,
    );
    return {
      courseId,
      users,
      main: {
        id: mainId,
        slug: MAIN_ARTICLE_SLUG,
        commentIds,
        likeCounts: commentIds.map((id) => byId.get(id) ?? 0),
        stormCommentIds: commentIds.slice(liked),
        topCommentIds: top.map((r) => r.id),
      },
      scale,
      dbLevel: { commentIds: dbComments, userIds: loadUserId, users: CONFIG.dbLoadUsers },
    };
  } catch (err) {
    await c.query("ROLLBACK").catch(() => {});
    throw err;
  } finally {
    c.release();
  }
}

export type CountCheck = {
  comments: number;
  counter: number;
  pendingDeltas: number;
  rows: number;
  /** Comments whose counter plus pending deltas differs from their like rows. */
  mismatched: number;
  exact: boolean;
};

/** comments.like_count + unfolded deltas against count(*) of comment_likes, per comment. */
export async function checkLikeCounts(pool: pg.Pool, commentIds: string[]): Promise<CountCheck> {
  const { rows } = await pool.query<{ id: string; counter: number; pending: number; n: number }>(
    `SELECT c.id, c.like_count AS counter,
            COALESCE((SELECT sum(d.delta) FROM comment_like_deltas d WHERE d.comment_id = c.id), 0)::int AS pending,
            (SELECT count(*) FROM comment_likes l WHERE l.comment_id = c.id)::int AS n
     FROM comments c WHERE c.id = ANY($1::text[])`,
    [commentIds],
  );
  const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((a, r) => a + f(r), 0);
  const mismatched = rows.filter((r) => r.counter + r.pending !== r.n).length + (commentIds.length - rows.length);
  return {
    comments: commentIds.length,
    counter: sum((r) => r.counter),
    pendingDeltas: sum((r) => r.pending),
    rows: sum((r) => r.n),
    mismatched,
    exact: mismatched === 0,
  };
}
