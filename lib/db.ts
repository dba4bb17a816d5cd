import { env } from "@/lib/env";
import { isUnavailable } from "@/lib/errors";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { log } from "@/lib/log";
import { PrismaPg } from "@prisma/adapter-pg";

function createDb(connectionString: string | undefined) {
  if (!connectionString) {
    throw new Error("DATABASE_URL is not set. Start the app with `npm run dev` or `npm start`.");
  }
  const adapter = new PrismaPg({
    connectionString,
    max: env.DATABASE_POOL_SIZE,
    // Fail fast when the database is down instead of queueing requests forever.
    connectionTimeoutMillis: 3_000,
  });
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}

export type Db = ReturnType<typeof createDb>;
const globalForDb = globalThis as unknown as { jingxuanDb?: Db; jingxuanDbRead?: Db };

/** The process's one Prisma client for the primary, created on first use (the build has no database). */
export function getDb(): Db {
  globalForDb.jingxuanDb ??= createDb(env.DATABASE_URL);
  return globalForDb.jingxuanDb;
}

/** The client for reads that tolerate lag: the replica of DATABASE_REPLICA_URL, else the primary. */
function getDbRead(): Db {
  if (!env.DATABASE_REPLICA_URL) return getDb();
  globalForDb.jingxuanDbRead ??= createDb(env.DATABASE_REPLICA_URL);
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
