import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import pg from "pg";
import { NO_FILTER, SCHEMA_PATH, readMigrations, withSchemaEngine } from "./schema-engine";

/**
 * Applies every committed migration that `url` lacks (what `prisma migrate deploy` does);
 * with `upTo`, only the migrations up to and including that one (for upgrade tests).
 */
export async function migrateDeploy(url: string, opts: { upTo?: string } = {}): Promise<string[]> {
  const list = readMigrations();
  if (opts.upTo) {
    const upTo = opts.upTo;
    list.migrationDirectories = list.migrationDirectories.filter((d) => d.path <= upTo);
  }
  return withSchemaEngine(url, async (engine) => {
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList: list, filters: NO_FILTER });
    return appliedMigrationNames;
  });
}

/**
 * SQL that takes the committed migrations to the current schema.prisma ("" when in sync).
 * The engine replays the migrations on the database it is connected to, so this runs on
 * a scratch database created and dropped here.
 */
export async function diffMigrationsToSchema(serverUrl: string): Promise<string> {
  return withScratchDatabase(serverUrl, (scratchUrl) =>
    withSchemaEngine(scratchUrl, async (engine) => {
      const result = await engine.diff({
        from: { tag: "migrations", ...readMigrations() },
        to: { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: readFileSync(SCHEMA_PATH, "utf8") }] },
        script: true,
        exitCode: null,
        filters: NO_FILTER,
      });
      const sql = (result.stdout ?? "").trim();
      return sql === "-- This is an empty migration." ? "" : sql;
    }),
  );
}

/** `url` with its database name replaced. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function createDatabase(serverUrl: string, name: string) {
  await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
}

export async function dropDatabase(serverUrl: string, name: string) {
  await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}

export async function databaseExists(serverUrl: string, name: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, "postgres") });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    return rowCount === 1;
  } finally {
    await client.end();
  }
}

async function adminQuery(serverUrl: string, sql: string) {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, "postgres") });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function withScratchDatabase<T>(serverUrl: string, fn: (url: string) => Promise<T>): Promise<T> {
  const name = `jingxuan_scratch_${randomBytes(4).toString("hex")}`;
  await createDatabase(serverUrl, name);
  try {
    return await fn(withDatabase(serverUrl, name));
  } finally {
    await dropDatabase(serverUrl, name);
  }
}
