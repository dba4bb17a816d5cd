// npm test: types, lint, migration drift, integration tests on a fresh PostgreSQL
// database, a production build, and Playwright in Chromium against it. Prints a closing
// line "N passed, N failed" totalled from the runners' JSON reports.
//   npm test            everything
//   npm run e2e         database + build + Playwright only
// Reliability tests (kill -9, database outage) and scale tests (two servers sharing Redis,
// a Redis outage) run after the build: they start the real server.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { diffMigrationsToSchema } from "./db/migrations";
import { freePort } from "./db/server";
import { createTestDatabase } from "./db/test-database";
import { seedDemo } from "../prisma/seed";

const onlyE2e = process.argv.includes("e2e");
const extraArgs = process.argv.slice(2).filter((a) => a !== "e2e");
const REPORTS = "test-results";
const failures: string[] = [];
let passed = 0;
let failed = 0;

function run(name: string, command: string, args: string[], env: Record<string, string> = {}) {
  console.log(`\n▶ ${name}: ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) failures.push(name);
  return result.status === 0;
}

function countJson(file: string, pick: (report: Record<string, unknown>) => [number, number]) {
  try {
    const [p, f] = pick(JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>);
    passed += p;
    failed += f;
  } catch {
    failed += 1; // the runner crashed before writing its report
  }
}

rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

if (!onlyE2e) {
  if (run("types", "npx", ["next", "typegen"])) run("types", "npx", ["tsc", "--noEmit"]);
  run("lint", "npx", ["eslint", ".", "--max-warnings=0"]);
}

console.log("\n▶ database: creating a fresh test database");
const testDb = await createTestDatabase();
try {
  if (!onlyE2e) {
    const drift = await diffMigrationsToSchema(testDb.server.serverUrl);
    if (drift) {
      console.error(`schema.prisma has changes that no migration covers:\n${drift}`);
      failures.push("migrations");
    }
  }
  await seedDemo(testDb.url);
  const env = { DATABASE_URL: testDb.url, JINGXUAN_TEST_DATABASE: "1" };

  if (!onlyE2e) {
    run("unit and integration", "npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${REPORTS}/vitest.json`], env);
    countJson(`${REPORTS}/vitest.json`, (r) => [Number(r.numPassedTests ?? 0), Number(r.numFailedTests ?? 0)]);
  }

  if (run("build", "npx", ["next", "build"])) {
    if (!onlyE2e) {
      run("reliability and scale", "npx", ["vitest", "run", "--config", "vitest.reliability.config.ts", "--reporter=default", "--reporter=json", `--outputFile.json=${REPORTS}/reliability.json`], env);
      countJson(`${REPORTS}/reliability.json`, (r) => [Number(r.numPassedTests ?? 0), Number(r.numFailedTests ?? 0)]);
    }
    const port = String(await freePort());
    run("e2e", "npx", ["playwright", "test", ...extraArgs], {
      ...env,
      E2E_PORT: port,
      // Limits stay on, ten times wider: many tests share one address and account.
      RATE_LIMIT: "10",
      AUTH_SECRET: randomBytes(32).toString("base64url"),
      // With REDIS_URL set, this run's keys stay apart from any other user of that Redis.
      REDIS_PREFIX: `jingxuan-e2e-${randomBytes(4).toString("hex")}:`,
      PLAYWRIGHT_JSON_OUTPUT_NAME: `${REPORTS}/playwright.json`,
    });
    countJson(`${REPORTS}/playwright.json`, (r) => {
      const stats = r.stats as { expected?: number; unexpected?: number; flaky?: number };
      return [(stats.expected ?? 0) + (stats.flaky ?? 0), stats.unexpected ?? 0];
    });
  } else {
    failed += 1;
  }
} finally {
  await testDb.drop();
}

if (failures.length) console.error(`\nFailed steps: ${[...new Set(failures)].join(", ")}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failures.length || failed ? 1 : 0);
