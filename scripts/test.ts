// npm test: types, lint, migration drift, integration tests on a fresh PostgreSQL
// database, a production build, and Playwright in Chromium against it. Prints a closing
// line "N passed, N failed, N skipped" totalled from the runners' JSON reports, after the list
// of skipped tests with their reasons and the list of failed ones.
//   npm test            everything
//   npm run e2e         database + build + Playwright only
// Reliability tests (kill -9, database outage) and scale tests (two servers sharing Redis,
// a Redis outage) run after the build: they start the real server.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { seedDemo } from "../prisma/seed";
import { diffMigrationsToSchema } from "./db/migrations";
import { freePort } from "./db/server";
import { createTestDatabase } from "./db/test-database";
import { playwrightTally, vitestTally, type Tally } from "./test-tally";

const onlyE2e = process.argv.includes("e2e");
const extraArgs = process.argv.slice(2).filter((a) => a !== "e2e");
const REPORTS = "test-results";
const failures: string[] = [];
let passed = 0;
const failedTests: string[] = [];
const skippedTests: string[] = [];

function run(name: string, command: string, args: string[], env: Record<string, string> = {}) {
  console.log(`\n▶ ${name}: ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) failures.push(name);
  return result.status === 0;
}

// Reads a runner's JSON report; a missing or unreadable report counts as one failure.
function tally<Report>(file: string, read: (report: Report) => Tally) {
  try {
    const result = read(JSON.parse(readFileSync(file, "utf8")) as Report);
    passed += result.passed;
    failedTests.push(...result.failed);
    skippedTests.push(...result.skipped);
  } catch {
    failedTests.push(`${file}: the runner crashed before writing its report`);
  }
}

rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

if (!onlyE2e) {
  if (run("types", "npx", ["next", "typegen"])) run("types", "npx", ["tsc", "--noEmit"]);
  run("lint", "npx", ["eslint", ".", "--max-warnings=0"]);
  run("format", "npx", ["prettier", "--check", "."]);
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
    run(
      "unit and integration",
      "npx",
      ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${REPORTS}/vitest.json`],
      env,
    );
    tally(`${REPORTS}/vitest.json`, vitestTally);
  }

  if (run("build", "npx", ["next", "build"])) {
    if (!onlyE2e) {
      run(
        "reliability and scale",
        "npx",
        [
          "vitest",
          "run",
          "--config",
          "vitest.reliability.config.ts",
          "--reporter=default",
          "--reporter=json",
          `--outputFile.json=${REPORTS}/reliability.json`,
        ],
        env,
      );
      tally(`${REPORTS}/reliability.json`, vitestTally);
    }
    const port = String(await freePort());
    run("e2e", "npx", ["playwright", "test", ...extraArgs], {
      ...env,
      E2E_PORT: port,
      // The test's own SMTP server catches mail there (e2e/smtp-port.ts).
      E2E_SMTP_PORT: String(await freePort()),
      // Limits stay on, ten times wider: many tests share one address and account.
      RATE_LIMIT: "10",
      // Each test plays its own client address in X-Forwarded-For, as behind a local proxy.
      TRUST_PROXY: "loopback",
      AUTH_SECRET: randomBytes(32).toString("base64url"),
      // With REDIS_URL set, this run's keys stay apart from any other user of that Redis.
      REDIS_PREFIX: `jingxuan-e2e-${randomBytes(4).toString("hex")}:`,
      PLAYWRIGHT_JSON_OUTPUT_NAME: `${REPORTS}/playwright.json`,
    });
    tally(`${REPORTS}/playwright.json`, playwrightTally);
  } else {
    failedTests.push("the build failed, so no test ran against it");
  }
} finally {
  await testDb.drop();
}

if (skippedTests.length) console.log(`\nSkipped tests:\n${skippedTests.map((t) => `  - ${t}`).join("\n")}`);
// Named last, so the tail of a CI log says which tests failed.
if (failedTests.length) console.error(`\nFailed tests:\n${failedTests.map((t) => `  ✘ ${t}`).join("\n")}`);
if (failures.length) console.error(`\nFailed steps: ${[...new Set(failures)].join(", ")}`);
console.log(`\n${passed} passed, ${failedTests.length} failed, ${skippedTests.length} skipped`);
process.exit(failures.length || failedTests.length ? 1 : 0);
