// npm run db:setup: migrate and seed the database that DATABASE_URL names (or the embedded one).
// npm run db:seed (--seed-only): seed without migrating.
import { describeReindex, reindexStale } from "../lib/search/reindex";
import { connect } from "../prisma/factories";
import { seedDemo } from "../prisma/seed";
import { openAppDatabase } from "./db/app-database";
import { migrateDeploy } from "./db/migrations";

const { url, server } = await openAppDatabase();
try {
  if (!process.argv.includes("--seed-only")) {
    const applied = await migrateDeploy(url);
    console.log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Migrations are up to date.");
  }
  await seedDemo(url);
  console.log("Demo data is in place.");
  // After seeding: the demo rows are written without their search index.
  const db = connect(url);
  try {
    console.log(describeReindex(await reindexStale(db)));
  } finally {
    await db.$disconnect();
  }
} finally {
  await server.stop();
}
