// SIGTERM lets requests already in flight finish before the server exits.
import http from "node:http";
import { afterAll, beforeAll, expect, it } from "vitest";
import { seedDemo } from "../../prisma/seed";
import { createTestDatabase, type TestDatabase } from "../../scripts/db/test-database";
import { missingBuild, startApp } from "../support/app-server";
import { skipWhen } from "../support/skip";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
  await seedDemo(testDb.url);
}, 60_000);
afterAll(() => testDb?.drop());

const options = { timeout: 120_000, ...skipWhen(missingBuild()) };
it("finishes in-flight requests on SIGTERM, then exits", options, async () => {
  const app = await startApp(testDb.url, { RATE_LIMIT: "off" });
  await fetch(`${app.url}/courses/high-concurrency`); // warm the page
  // Requests whose connections the server has accepted must all be answered.
  const connected: Promise<void>[] = [];
  const inFlight = Array.from({ length: 40 }, () => {
    let onConnect!: () => void;
    connected.push(new Promise<void>((r) => (onConnect = r)));
    return new Promise<number>((resolve) => {
      const req = http.get(`${app.url}/courses/high-concurrency`, { agent: false }, (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      });
      req.on("socket", (socket) => socket.on("connect", onConnect));
      req.on("error", () => resolve(0));
    });
  });
  await Promise.all(connected);
  await new Promise((r) => setTimeout(r, 50));
  const exited = new Promise<number | null>((r) => app.child.once("exit", (code) => r(code)));
  process.kill(-app.child.pid!, "SIGTERM");
  const statuses = await Promise.all(inFlight);
  expect(statuses.filter((s) => s !== 200)).toEqual([]);
  expect(await exited).toBe(0);
});
