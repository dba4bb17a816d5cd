import { env } from "@/lib/env";
import { isUnavailable } from "@/lib/errors";
import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";
import { log } from "@/lib/log";
import { PrismaPg } from "@prisma/adapter-pg";
import { createHash } from "node:crypto";
import pg from "pg";

function createPool(connectionString: string | undefined) {
  if (!connectionString) {
    throw new Error("DATABASE_URL is not set. Start the app with `npm run dev` or `npm start`.");
  }
  const pool = new pg.Pool({
    connectionString,
    max: env.DATABASE_POOL_SIZE,
    // Fail fast when the database is down instead of queueing requests forever.
    connectionTimeoutMillis: 3_000,
  });
  // An idle connection the server dropped (restart, failover) is an event, not a crash: the
  // pool replaces it. Prisma's adapter listens only once it has connected, so this always does.
  pool.on("error", (err) => log.warn({ err: err.message }, "idle database connection lost"));
  return pool;
}

const createDb = (pool: pg.Pool) =>
  new PrismaClient({ adapter: new PrismaPg(pool), omit: { user: { passwordHash: true } } });

export type Db = ReturnType<typeof createDb>;
const globalForDb = globalThis as unknown as { jingxuanDb?: Db; jingxuanDbRead?: Db; jingxuanPool?: pg.Pool };

/** The primary's connection pool, shared by Prisma and the hot statements (sqlRows), created on first use. */
function getPool(): pg.Pool {
  globalForDb.jingxuanPool ??= createPool(env.DATABASE_URL);
  return globalForDb.jingxuanPool;
}

/** The process's one Prisma client for the primary, created on first use (the build has no database). */
export function getDb(): Db {
  globalForDb.jingxuanDb ??= createDb(getPool());
  return globalForDb.jingxuanDb;
}

/**
 * Runs one statement on the primary's pool without Prisma's query pipeline, for the hot
 * paths (a like, a new comment, the session's account), where that pipeline costs more CPU
 * than the rest of the request. Statements are prepared once per connection, named by their
 * text, so only use texts from a small fixed set (values as parameters). Rows come as
 * node-postgres parses them (snake_case columns, int4 as number, bigint and numeric as
 * text), except timestamps: stored in UTC as Prisma stores them, and read back as such.
 */
export async function sqlRows<T>(query: Prisma.Sql): Promise<T[]> {
  const text = query.text;
  let name = statementNames.get(text);
  if (!name) {
    name = `jx_${createHash("sha1").update(text).digest("base64url")}`;
    if (statementNames.size < MAX_STATEMENT_NAMES) statementNames.set(text, name);
  }
  const values = query.values.map((v) => (v instanceof Date ? v.toISOString() : v));
  const result = await getPool().query<T & pg.QueryResultRow>({ name, text, values, types: UTC_TIMESTAMPS });
  return result.rows;
}

const statementNames = new Map<string, string>();
const MAX_STATEMENT_NAMES = 1_000;

// Prisma's DateTime columns are `timestamp` (no zone) holding UTC; node-postgres would read them in local time.
const TIMESTAMP_OID = 1114;
const UTC_TIMESTAMPS = {
  getTypeParser: ((oid: number, format?: string) =>
    oid === TIMESTAMP_OID
      ? (value: string) => new Date(`${value.replace(" ", "T")}Z`)
      : pg.types.getTypeParser(oid, format as "text")) as typeof pg.types.getTypeParser,
};

/** The client for reads that tolerate lag: the replica of DATABASE_REPLICA_URL, else the primary. */
function getDbRead(): Db {
  if (!env.DATABASE_REPLICA_URL) return getDb();
  globalForDb.jingxuanDbRead ??= createDb(createPool(env.DATABASE_REPLICA_URL));
  return globalForDb.jingxuanDbRead;
}

const lazy = (get: () => Db): Db =>
  new Proxy({} as Db, {
    get(_target, prop) {
      const client = get();
      const value = Reflect.get(client, prop, client) as unknown;
      return typeof value === "function" ? value.bind(client) : value;
    },
  });

/** The primary: every write, and every read that must see the caller's own writes. */
export const db: Db = lazy(getDb);

/**
 * A read replica (DATABASE_REPLICA_URL) for reads that tolerate a moment of lag: the
 * shared featured lists that visitors see. Without a replica, the primary.
 */
export const dbRead: Db = lazy(getDbRead);

/** After the replica could not be reached, reads skip it this long (a hung replica costs one connect timeout, not one per read). */
export const REPLICA_BACKOFF_MS = 5_000;
let replicaSkippedUntil = 0;

/**
 * Runs a lag-tolerant read on the replica; on the primary when `needsPrimary` (just after
 * a write), while the replica is backed off, or when the read on it fails for any reason
 * (unreachable, or a query a hot standby cancelled): a read is safe to repeat.
 */
export async function readWithReplica<T>(needsPrimary: boolean, read: (client: Db) => Promise<T>): Promise<T> {
  if (needsPrimary || !env.DATABASE_REPLICA_URL || Date.now() < replicaSkippedUntil) return read(db);
  try {
    return await read(dbRead);
  } catch (err) {
    if (isUnavailable(err)) replicaSkippedUntil = Date.now() + REPLICA_BACKOFF_MS;
    log.warn({ err: err instanceof Error ? err.message : String(err) }, "replica read failed; reading the primary");
    return read(db);
  }
}
