// Prisma's schema engine compiled to WebAssembly, driven through the pg driver adapter.
// NOTE: the Prisma CLI downloads a native engine before every command; machines without
// access to Prisma's binary host cannot run `prisma migrate`. This engine is the same
// code, so migrations keep Prisma's folder layout and `_prisma_migrations` table.
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQueryable,
} from "@prisma/driver-adapter-utils";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import pg from "pg";

export const MIGRATIONS_DIR = path.resolve("prisma/migrations");
export const SCHEMA_PATH = path.resolve("prisma/schema.prisma");

// PostgreSQL's internal "char" type (OID 18: one-byte catalog flags such as pg_constraint.contype)
// is unknown to the pg adapter, which rejects any result holding it. The pool's client hands such
// columns to the adapter as text (what they are on the wire) and remembers where they were; the
// adapter's results then report them as Character, the type the engine reads them as (`get_char`).
// Reporting them as text is not enough: on PostgreSQL 18, which lists NOT NULL constraints in
// pg_constraint (contype 'n'), the engine panics reading "n" as a char. Arrays of "char" become
// text arrays, parsed here since pg left them as strings.
const CHAR = 18;
const TEXT = 25;
const CHAR_ARRAY = 1002;
const TEXT_ARRAY = 1009;
const parseTextArray = pg.types.getTypeParser(TEXT_ARRAY as Parameters<typeof pg.types.getTypeParser>[0]);
const charColumns = new WeakMap<unknown[], number[]>();

function relabel(res: pg.QueryResult | undefined) {
  const chars: number[] = [];
  (res?.fields ?? []).forEach((field, i) => {
    if (field.dataTypeID === CHAR) {
      field.dataTypeID = TEXT;
      chars.push(i);
    } else if (field.dataTypeID === CHAR_ARRAY) {
      field.dataTypeID = TEXT_ARRAY;
      for (const row of res?.rows ?? []) {
        const key = Array.isArray(row) ? i : field.name;
        if (typeof row[key] === "string") row[key] = parseTextArray(row[key]);
      }
    }
  });
  // The adapter returns this same rows array in its result set.
  if (res && chars.length > 0) charColumns.set(res.rows, chars);
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

function reportCharColumns<Q extends SqlQueryable>(queryable: Q): Q {
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const i of charColumns.get(result.rows) ?? []) result.columnTypes[i] = ColumnTypeEnum.Character;
    return result;
  };
  return queryable;
}

function reportCharColumnsOf(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => reportCharColumns(await startTransaction(isolationLevel));
  return reportCharColumns(adapter);
}

/** The pg adapter on a pool of catalog-friendly clients, reporting "char" columns as Character. */
export function schemaEngineAdapterFactory(pool: pg.Pool): SqlMigrationAwareDriverAdapterFactory {
  const factory = new PrismaPg(pool);
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => reportCharColumnsOf(await factory.connect()),
    connectToShadowDb: async () => reportCharColumnsOf(await factory.connectToShadowDb()),
  };
}

/** A pool whose clients hand catalog columns of type "char" to the adapter (see above). */
export const schemaEnginePool = (url: string, max = 2) =>
  new pg.Pool({ connectionString: url, Client: CatalogFriendlyClient, max });

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
  const pool = schemaEnginePool(url);
  const factory = bindMigrationAwareSqlAdapterFactory(schemaEngineAdapterFactory(pool));
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
