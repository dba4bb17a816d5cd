import { test as base, expect, type Page } from "@playwright/test";
import { connect, createUser, type TestUser } from "../prisma/factories";
import type { PrismaClient } from "../lib/generated/prisma/client";

type Fixtures = {
  db: PrismaClient;
  /** Creates a user and signs the page in as them (cookies are shared with page.request). */
  signInAs: (user?: TestUser) => Promise<TestUser>;
};

const randomIp = () => `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

export const test = base.extend<Fixtures, { workerDb: PrismaClient }>({
  // Each test looks like a different client address, so per-IP limits apply per test.
  extraHTTPHeaders: async ({}, use) => use({ "x-forwarded-for": randomIp() }),
  workerDb: [
    async ({}, use) => {
      const db = connect(process.env.DATABASE_URL!);
      await use(db);
      await db.$disconnect();
    },
    { scope: "worker" },
  ],
  db: async ({ workerDb }, use) => use(workerDb),
  signInAs: async ({ page, db }, use) => {
    await use(async (existing) => {
      const user = existing ?? (await createUser(db));
      await signIn(page, user.email, user.password);
      return user;
    });
  },
});

/** Signs in through next-auth's endpoints, as a browser would. */
export async function signIn(page: Page, email: string, password: string) {
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const res = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password },
    maxRedirects: 0,
  });
  expect([200, 302]).toContain(res.status());
}

export { expect };

/**
 * How long a live update may take before a test calls it lost. How fast updates really are
 * is measured (the live tests print it; `npm run bench` reports percentiles): a time bound
 * in a test would only make it fail on a busy machine.
 */
export const LIVE_MS = 5_000;
