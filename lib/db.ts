import { PrismaPg } from "@prisma/adapter-pg";
import { env } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";

function createDb() {
  if (!env.DATABASE_URL) {
    throw new Error("DATABASE_URL is not set. Start the app with `npm run dev` or `npm start`.");
  }
  const adapter = new PrismaPg({
    connectionString: env.DATABASE_URL,
    max: env.DATABASE_POOL_SIZE,
    // Fail fast when the database is down instead of queueing requests forever.
    connectionTimeoutMillis: 3_000,
  });
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}

export type Db = ReturnType<typeof createDb>;
const globalForDb = globalThis as unknown as { jingxuanDb?: Db };

/** The process's one Prisma client, created on first use (the build has no database). */
export function getDb(): Db {
  globalForDb.jingxuanDb ??= createDb();
  return globalForDb.jingxuanDb;
}

export const db: Db = new Proxy({} as Db, {
  get(_target, prop) {
    const client = getDb();
    const value = Reflect.get(client, prop, client) as unknown;
    return typeof value === "function" ? value.bind(client) : value;
  },
});
