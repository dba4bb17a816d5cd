// npm run db:migrate:create -- <name>: writes the SQL that takes the committed
// migrations to schema.prisma as prisma/migrations/<timestamp>_<name>/migration.sql.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { diffMigrationsToSchema } from "./db/migrations";
import { MIGRATIONS_DIR } from "./db/schema-engine";
import { openDatabaseServer } from "./db/server";

const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]/gi, "_").toLowerCase();
if (!name) {
  console.error("Usage: npm run db:migrate:create -- <name>");
  process.exit(1);
}
const server = await openDatabaseServer();
try {
  const sql = await diffMigrationsToSchema(server.serverUrl);
  if (!sql) {
    console.log("schema.prisma matches the migrations: nothing to create.");
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "migration.sql"), `${sql}\n`);
    console.log(`Created ${path.relative(process.cwd(), dir)}/migration.sql`);
  }
} finally {
  await server.stop();
}
