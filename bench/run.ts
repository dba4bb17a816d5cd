// npm run bench: seeds a fresh database, measures the machine's ceilings, the app
// (production build) on likes, reads and writes, the like designs at the database, the
// peer Waline, the scale check and the live fan-out, then writes bench/results/latest.{md,json}.
// Everything it starts is stopped and its databases dropped, also on failure or Ctrl-C.
import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ensureAppBuild, startApp } from "./app-server";
import { bareHttpCeiling, ensureNextCeilingApp, inAppNoDbRoute, startNextCeiling } from "./ceilings";
import { CONFIG } from "./config";
import { installSignalHandlers, runCleanup } from "./lib/cleanup";
import { elapsedSeconds, errorMessage, log } from "./lib/log";
import { ensureWalineInstalled, walineScenarios } from "./peer-waline";
import { computeTargets, writeReport, type BenchResults } from "./report";
import { dbLikeScenarios } from "./scenarios/db-likes";
import { likeScenarios } from "./scenarios/likes";
import { liveScenario } from "./scenarios/live";
import { readScenarios } from "./scenarios/reads";
import { scaleScenarios } from "./scenarios/scale";
import { writeScenarios } from "./scenarios/writes";
import { sessionsFor } from "./sessions";
import { createBenchDatabase, seed } from "./setup-db";

process.chdir(path.resolve(path.dirname(fileURLToPath(import.meta.url)), ".."));
installSignalHandlers();

/** The whole run is bounded too: past this, it cleans up and gives up. */
const RUN_LIMIT_MS = 20 * 60_000;
const watchdog = setTimeout(() => {
  log(`the run passed ${RUN_LIMIT_MS / 60_000} minutes: stopping`);
  void runCleanup().finally(() => process.exit(1));
}, RUN_LIMIT_MS);
watchdog.unref();

const startedAt = new Date();
const results: BenchResults = {
  startedAt: startedAt.toISOString(),
  finishedAt: "",
  totalSeconds: 0,
  environment: {
    node: process.version,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model.trim() ?? "unknown",
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    loadAverageAtStart: os.loadavg(),
    quick: CONFIG.quick,
    connections: CONFIG.connections,
    warmupSeconds: CONFIG.warmupSeconds,
    durationSeconds: CONFIG.durationSeconds,
    appDatabasePoolSize: process.env.DATABASE_POOL_SIZE ?? "10 (default)",
  },
  ceilings: {},
  targets: [],
  errors: [],
};

/** Runs one phase; a failure is recorded and the run goes on with the next phase. */
async function phase<T>(name: string, fn: () => Promise<T>): Promise<T | undefined> {
  try {
    return await fn();
  } catch (err) {
    const message = `${name}: ${errorMessage(err)}`;
    log(`FAILED ${message}`);
    results.errors.push(message);
    return undefined;
  }
}

let exitCode = 0;
try {
  log(
    `bench: ${CONFIG.quick ? "QUICK mode, " : ""}${CONFIG.connections} connections, ${CONFIG.warmupSeconds} s warm-up + ${CONFIG.durationSeconds} s per scenario`,
  );
  const db = await createBenchDatabase();
  results.environment.postgres = db.serverVersion;
  results.environment.database = db.name;
  results.environment.embeddedDatabase = db.isEmbedded;
  const seeded = await seed(db);

  // Installs and builds first: they would disturb any measurement running beside them.
  const walineInstallError = await ensureWalineInstalled().then(
    () => null,
    (err: unknown) => errorMessage(err),
  );
  if (walineInstallError) log(`Waline install failed: ${walineInstallError}`);
  await ensureNextCeilingApp().catch((err: unknown) => log(`constant-route app: ${errorMessage(err)}`));
  results.environment.appBuiltThisRun = await ensureAppBuild();

  results.ceilings.bare = await phase("bare node:http ceiling", bareHttpCeiling);
  // The constant route is measured before and after the app's scenarios: the ratios use the mean.
  const nextCeiling = await startNextCeiling();
  results.ceilings.nextConstant = await nextCeiling.measure("before the app's scenarios");

  const secret = randomBytes(32).toString("base64url");
  const app = await phase("start the app", () => startApp(db.url, secret));
  if (app) {
    try {
      const endpoint = { origin: app.origin, pid: app.server.pid, logTail: app.server.tail };
      const sessions = await phase("sessions", () => sessionsFor(app.origin, seeded.users, secret));
      results.environment.sessions = sessions ? `${sessions.how} for ${sessions.cookies.length} users` : "unavailable";
      results.ceilings.inAppNoDb = await phase("app route without database", () => inAppNoDbRoute(endpoint));
      results.reads = await phase("reads", () => readScenarios(endpoint, seeded));
      results.scale = await phase("scale check", () => scaleScenarios(endpoint, seeded, db.pool));
      if (sessions) {
        results.likes = await phase("likes", () => likeScenarios(endpoint, seeded, sessions.cookies, db.pool));
        results.writes = await phase("writes", () => writeScenarios(endpoint, seeded, sessions.cookies));
        results.live = await phase("live fan-out", () => liveScenario(endpoint, seeded, sessions.cookies, db.pool));
      }
    } finally {
      await app.server.stop();
    }
  }
  results.ceilings.nextConstantAfter = await nextCeiling.measure("after the app's scenarios");
  await nextCeiling.stop();

  results.dbLikes = await phase("like designs at the database", () => dbLikeScenarios(db.url, seeded, db.pool));
  results.waline = await phase("Waline", () => walineScenarios(db, seeded, walineInstallError));
  if (results.errors.length) exitCode = 1;
} catch (err) {
  const message = errorMessage(err);
  log(`FAILED: ${message}`);
  results.errors.push(message);
  exitCode = 1;
} finally {
  await runCleanup();
  results.finishedAt = new Date().toISOString();
  results.totalSeconds = Math.round(elapsedSeconds());
  results.environment.loadAverageAtEnd = os.loadavg();
  results.targets = computeTargets(results);
  await writeReport(results);
  const passed = results.targets.filter((t) => t.pass === true).length;
  const failed = results.targets.filter((t) => t.pass === false).length;
  const unmeasured = results.targets.filter((t) => t.pass === null).length;
  log(
    `report: bench/results/latest.md and latest.json (${passed} targets pass, ${failed} fail, ${unmeasured} not measured; ${results.totalSeconds} s)`,
  );
}
process.exit(exitCode);
