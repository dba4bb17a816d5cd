// The new user's path: no DATABASE_URL, PostgreSQL embedded from npm, data kept across starts.
import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";

const dir = mkdtempSync(path.join(tmpdir(), "jingxuan-embedded-"));
chmodSync(dir, 0o755); // the postgres user must be able to enter it
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const env = { ...process.env, JINGXUAN_DATA_DIR: dir, DATABASE_URL: "" };
const tsx = (script: string, ...args: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", script, ...args], { env, encoding: "utf8", timeout: 120_000 });

it("starts an embedded server, migrates and seeds it, and keeps the data for the next start", { timeout: 180_000 }, () => {
  const first = tsx("scripts/db-setup.ts");
  expect(first.stderr).toBe("");
  expect(first.stdout).toContain("Applied migrations");
  expect(first.status).toBe(0);

  const second = tsx("scripts/db-migrate.ts");
  expect(second.status).toBe(0);
  expect(second.stdout).toContain("Migrations are up to date.");
});
