// npm run db:migrate: apply pending migrations to DATABASE_URL (or the embedded database).
import { openAppDatabase } from "./db/app-database";
import { migrateDeploy } from "./db/migrations";

const { url, server } = await openAppDatabase();
try {
  const applied = await migrateDeploy(url);
  console.log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Migrations are up to date.");
} finally {
  await server.stop();
}
