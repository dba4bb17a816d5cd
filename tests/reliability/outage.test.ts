// With PostgreSQL stopped, the API answers 503 in the contract's shape (fast, no stack
// trace) and /api/health says so; when it is back, everything recovers by itself.
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { missingBuild, startApp } from "../support/app-server";
import { skipWhen } from "../support/skip";

const dir = mkdtempSync(path.join(tmpdir(), "jingxuan-outage-"));
chmodSync(dir, 0o755); // the postgres user must be able to enter it
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const options = { timeout: 180_000, ...skipWhen(missingBuild()) };
it("answers 503 while the database is down and recovers when it is back", options, async () => {
  // A throwaway embedded server this test may stop: not the shared one of DATABASE_URL.
  const sharedUrl = process.env.DATABASE_URL;
  process.env.JINGXUAN_DATA_DIR = dir;
  process.env.DATABASE_URL = "";
  const { openAppDatabase } = await import("../../scripts/db/app-database");
  const { migrateDeploy } = await import("../../scripts/db/migrations");
  const { seedDemo } = await import("../../prisma/seed");
  let { url, server } = await openAppDatabase();
  await migrateDeploy(url);
  await seedDemo(url);
  const app = await startApp(url);
  try {
    expect((await fetch(`${app.url}/api/health`)).status).toBe(200);
    expect((await fetch(`${app.url}/api/courses`)).status).toBe(200);

    await server.stop();
    const started = Date.now();
    const down = await fetch(`${app.url}/api/courses`);
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ error: { code: "unavailable", message: expect.any(String) } });
    expect(Date.now() - started).toBeLessThan(10_000);
    const health = await fetch(`${app.url}/api/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ database: "unavailable" });
    const register = await fetch(`${app.url}/api/register`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "outage@test.example", password: "long-enough-pw", name: "O" }),
    });
    expect(register.status).toBe(503);

    ({ url, server } = await openAppDatabase());
    let recovered = false;
    for (let i = 0; i < 40 && !recovered; i++) {
      recovered = (await fetch(`${app.url}/api/courses`)).status === 200;
      if (!recovered) await new Promise((r) => setTimeout(r, 250));
    }
    expect(recovered).toBe(true);
    expect((await fetch(`${app.url}/api/health`)).status).toBe(200);
  } finally {
    await app.kill();
    await server.stop();
    delete process.env.JINGXUAN_DATA_DIR;
    process.env.DATABASE_URL = sharedUrl;
  }
});
