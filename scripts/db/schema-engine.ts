// Prisma's schema engine compiled to WebAssembly, driven through the pg driver adapter.
// NOTE: the Prisma CLI downloads a native engine before every command; machines without
// access to Prisma's binary host cannot run `prisma migrate`. This engine is the same
// code, so migrations keep Prisma's folder layout and `_prisma_migrations` table.
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";

export const MIGRATIONS_DIR = path.resolve("prisma/migrations");
export const SCHEMA_PATH = path.resolve("prisma/schema.prisma");

// PostgreSQL's internal "char" type (catalog columns) is unknown to the adapter:
// present it as text, which is what it is on the wire.
const RELABEL: Record<number, number> = { 18: 25, 1002: 1009 };
function relabel(res: pg.QueryResult | undefined) {
  for (const field of res?.fields ?? []) field.dataTypeID = RELABEL[field.dataTypeID] ?? field.dataTypeID;
  return res;
}
class CatalogFriendlyClient extends pg.Client {
  // pg-pool calls query() with a callback; direct callers get a promise.
  override query(...args: unknown[]): never {
    const last = args.at(-1);
    if (typeof last === "function") {
      args[args.length - 1] = (err: Error, res: pg.QueryResult) => last(err, relabel(res));
    }
    const result = (super.query as (...a: unknown[]) => unknown)(...args);
    return (result instanceof Promise ? result.then(relabel) : result) as never;
  }
}

let loaded = false;
function loadWasm() {
  if (loaded) return;
  const require = createRequire(import.meta.url);
  const file = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg").replace(/\.js$/, ".wasm");
  const instance = new WebAssembly.Instance(new WebAssembly.Module(new Uint8Array(readFileSync(file))), {
    "./schema_engine_bg.js": bg as unknown as WebAssembly.ModuleImports,
  });
  // The engine reports Rust panics through this global.
  const g = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown };
  g.PRISMA_WASM_PANIC_REGISTRY ??= { set_message: (m: string) => console.error(`schema engine panic: ${m}`) };
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  loaded = true;
}

/** Runs `fn` with a schema engine connected to `url`, then releases the connection. */
export async function withSchemaEngine<T>(url: string, fn: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  loadWasm();
  const pool = new pg.Pool({ connectionString: url, Client: CatalogFriendlyClient, max: 2 });
  const factory = bindMigrationAwareSqlAdapterFactory(new PrismaPg(pool));
  const schema = readFileSync(SCHEMA_PATH, "utf8");
  const engine = await bg.SchemaEngine.new(
    { datamodels: [[SCHEMA_PATH, schema]] },
    (log: string) => process.env.DEBUG_SCHEMA_ENGINE && console.error(log),
    factory,
  );
  try {
    return await fn(engine);
  } finally {
    engine.free();
    await pool.end();
  }
}

/** The committed migrations, as the engine expects them. */
export function readMigrations(dir = MIGRATIONS_DIR): MigrationList {
  const lockPath = path.join(dir, "migration_lock.toml");
  let lock: string | null = null;
  try {
    lock = readFileSync(lockPath, "utf8");
  } catch {
    lock = null;
  }
  const folders = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  return {
    baseDir: dir,
    lockfile: { path: "migration_lock.toml", content: lock },
    shadowDbInitScript: "",
    migrationDirectories: folders.map((name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok", value: readFileSync(path.join(dir, name, "migration.sql"), "utf8") },
      },
    })),
  };
}

export const NO_FILTER = { externalTables: [], externalEnums: [] };
