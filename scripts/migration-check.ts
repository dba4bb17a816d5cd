// npm run db:migrate:check: fails when schema.prisma changed without a migration.
import { diffMigrationsToSchema } from "./db/migrations";
import { openDatabaseServer } from "./db/server";

const server = await openDatabaseServer();
try {
  const sql = await diffMigrationsToSchema(server.serverUrl);
  if (sql) {
    console.error("schema.prisma has changes no migration covers. Run `npm run db:migrate:create -- <name>`:\n");
    console.error(sql);
    process.exitCode = 1;
  } else {
    console.log("Migrations match schema.prisma.");
  }
} finally {
  await server.stop();
}
