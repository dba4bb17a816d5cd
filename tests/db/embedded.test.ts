// The new user's path: no DATABASE_URL, PostgreSQL embedded from npm, data kept across starts.
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { relocatedHome } from "../../scripts/db/embedded-home";

const dir = mkdtempSync(path.join(tmpdir(), "jingxuan-embedded-"));
chmodSync(dir, 0o755); // the postgres user can enter it: the data stays here
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const tsxIn =
  (dataDir: string) =>
  (script: string, ...args: string[]) =>
    spawnSync(process.execPath, ["--import", "tsx", script, ...args], {
      env: { ...process.env, JINGXUAN_DATA_DIR: dataDir, DATABASE_URL: "" },
      encoding: "utf8",
      timeout: 120_000,
    });
const tsx = tsxIn(dir);

it(
  "starts an embedded server, migrates and seeds it, and keeps the data for the next start",
  { timeout: 180_000 },
  () => {
    const first = tsx("scripts/db-setup.ts");
    expect(first.stderr).toBe("");
    expect(first.stdout).toContain("Applied migrations");
    expect(first.status).toBe(0);

    const second = tsx("scripts/db-migrate.ts");
    expect(second.status).toBe(0);
    expect(second.stdout).toContain("Migrations are up to date.");
  },
);

// The embedded server is PostgreSQL 18, whose catalogs differ from the 15 that CI's DATABASE_URL names.
it("checks migrations for drift on the embedded server", { timeout: 120_000 }, () => {
  const check = tsx("scripts/migration-check.ts");
  expect(check.stderr).toBe("");
  expect(check.stdout).toContain("Migrations match schema.prisma.");
  expect(check.status).toBe(0);
});

it.runIf(process.getuid?.() === 0)(
  "as root, with the data folder inside a private folder, keeps binaries and data where postgres can reach them",
  { timeout: 180_000 },
  () => {
    const privateDir = mkdtempSync(path.join(tmpdir(), "jingxuan-private-"));
    chmodSync(privateDir, 0o700); // like root's home
    const dataDir = path.join(privateDir, "checkout", ".data");
    mkdirSync(dataDir, { recursive: true });
    const home = relocatedHome(dataDir);
    try {
      const migrate = tsxIn(dataDir)("scripts/db-migrate.ts");
      expect(migrate.stderr).toBe("");
      expect(migrate.stdout).toContain("Applied migrations");
      expect(migrate.status).toBe(0);
      expect(existsSync(path.join(home, "pg", "PG_VERSION"))).toBe(true);
      expect(readdirSync(dataDir)).not.toContain("pg");
    } finally {
      rmSync(privateDir, { recursive: true, force: true });
      rmSync(home, { recursive: true, force: true });
    }
  },
);
