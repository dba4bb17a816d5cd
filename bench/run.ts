// npm run bench: seeds a fresh database, measures the machine's ceilings, the app
// (production build) on reads (visitor and member), through the shipped nginx.conf, likes and
// writes, the like designs at the database, the peer Waline, the scale check, the live
// fan-out, Lighthouse and oversized bodies, then writes
// bench/results/latest.{md,json}. BENCH_ONLY=<scenario> runs the setup and that scenario alone
// (its report goes to bench/results/only-<scenario>/, leaving the full run's alone); a list,
// BENCH_ONLY=ceilings,reads,nginx, runs those (report in only-ceilings+reads+nginx/).
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
import { computeTargets, LIGHTHOUSE_PAGES, writeReport, type BenchResults, type LighthousePageResult } from "./report";
import { bodiesScenario } from "./scenarios/bodies";
import { dbLikeScenarios } from "./scenarios/db-likes";
import { likeScenarios } from "./scenarios/likes";
import { liveScenario } from "./scenarios/live";
import { nginxScenarios } from "./scenarios/nginx";
import { readScenarios } from "./scenarios/reads";
import { scaleScenarios } from "./scenarios/scale";
import { similarScenario } from "./scenarios/similar";
import { writeScenarios } from "./scenarios/writes";
import { sessionsFor } from "./sessions";
import { createBenchDatabase, seed } from "./setup-db";

process.chdir(path.resolve(path.dirname(fileURLToPath(import.meta.url)), ".."));

const SCENARIOS = [
  "ceilings",
  "reads",
  "nginx",
  "scale",
  "similar",
  "likes",
  "writes",
  "live",
  "lighthouse",
  "bodies",
  "db-likes",
  "waline",
];
const only = process.env.BENCH_ONLY?.split(",").map((s) => s.trim());
const unknown = only?.filter((s) => !SCENARIOS.includes(s));
if (unknown?.length) {
  log(`BENCH_ONLY=${unknown.join(",")} is not a scenario: one of ${SCENARIOS.join(", ")}`);
  process.exit(2);
}
const runs = (scenario: string) => !only || only.includes(scenario);

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

/**
 * Lighthouse on the reader's pages (bench/scenarios/lighthouse.ts), mobile preset, loaded only
 * when its scenario runs: it drives a Chromium through the lighthouse package, which no other
 * scenario needs.
 */
async function lighthouse(origin: string): Promise<LighthousePageResult[]> {
  const runner = "./scenarios/lighthouse.ts";
  const { runLighthouse } = (await import(runner)) as {
    runLighthouse: (
      baseUrl: string,
      pages: typeof LIGHTHOUSE_PAGES,
      options: { formFactors: "mobile"[] },
    ) => Promise<LighthousePageResult[]>;
  };
  return runLighthouse(origin, LIGHTHOUSE_PAGES, { formFactors: ["mobile"] });
}

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
  const walineInstallError = runs("waline")
    ? await ensureWalineInstalled().then(
        () => null,
        (err: unknown) => errorMessage(err),
      )
    : null;
  if (walineInstallError) log(`Waline install failed: ${walineInstallError}`);
  if (runs("ceilings"))
    await ensureNextCeilingApp().catch((err: unknown) => log(`constant-route app: ${errorMessage(err)}`));
  results.environment.appBuiltThisRun = await ensureAppBuild();

  if (runs("ceilings")) results.ceilings.bare = await phase("bare node:http ceiling", bareHttpCeiling);
  // The constant route is measured before and after the app's scenarios: the ratios use the mean.
  const nextCeiling = runs("ceilings") ? await startNextCeiling() : null;
  if (nextCeiling) results.ceilings.nextConstant = await nextCeiling.measure("before the app's scenarios");

  const secret = randomBytes(32).toString("base64url");
  const app = await phase("start the app", () => startApp(db.url, secret));
  if (app) {
    try {
      const endpoint = { origin: app.origin, pid: app.server.pid, logTail: app.server.tail };
      const sessions = await phase("sessions", () => sessionsFor(app.origin, seeded.users, secret));
      results.environment.sessions = sessions ? `${sessions.how} for ${sessions.cookies.length} users` : "unavailable";
      if (runs("ceilings"))
        results.ceilings.inAppNoDb = await phase("app route without database", () => inAppNoDbRoute(endpoint));
      if (runs("reads")) results.reads = await phase("reads", () => readScenarios(endpoint, seeded, sessions?.cookies));
      if (runs("nginx")) results.nginx = await phase("through nginx", () => nginxScenarios(endpoint, seeded));
      if (runs("scale")) results.scale = await phase("scale check", () => scaleScenarios(endpoint, seeded, db.pool));
      if (runs("similar"))
        results.similar = await phase("answers before you ask", () => similarScenario(endpoint, db.pool));
      if (sessions) {
        if (runs("likes"))
          results.likes = await phase("likes", () => likeScenarios(endpoint, seeded, sessions.cookies, db.pool));
        if (runs("writes"))
          results.writes = await phase("writes", () => writeScenarios(endpoint, seeded, sessions.cookies));
        if (runs("live"))
          results.live = await phase("live fan-out", () => liveScenario(endpoint, seeded, sessions.cookies, db.pool));
      }
      if (runs("lighthouse")) results.lighthouse = await phase("Lighthouse", () => lighthouse(app.origin));
      // Last on the app: a server that reads whole bodies comes out of it bloated, or not at all.
      if (sessions && runs("bodies"))
        results.bodies = await phase("oversized bodies", () => bodiesScenario(endpoint, seeded, sessions.cookies));
    } finally {
      await app.server.stop();
    }
  }
  if (nextCeiling) {
    results.ceilings.nextConstantAfter = await nextCeiling.measure("after the app's scenarios");
    await nextCeiling.stop();
  }

  if (runs("db-likes"))
    results.dbLikes = await phase("like designs at the database", () => dbLikeScenarios(db.url, seeded, db.pool));
  if (runs("waline")) results.waline = await phase("Waline", () => walineScenarios(db, seeded, walineInstallError));
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
  const reportDir = only ? `bench/results/only-${only.join("+")}` : "bench/results";
  await writeReport(results, path.resolve(reportDir));
  const passed = results.targets.filter((t) => t.pass === true).length;
  const failed = results.targets.filter((t) => t.pass === false).length;
  const unmeasured = results.targets.filter((t) => t.pass === null).length;
  log(
    `report: ${reportDir}/latest.md and latest.json (${passed} targets pass, ${failed} fail, ${unmeasured} not measured; ${results.totalSeconds} s)`,
  );
}
process.exit(exitCode);
