import { test as base, expect, request, type APIRequestContext, type APIResponse, type Page } from "@playwright/test";
import type { PrismaClient } from "../lib/generated/prisma/client";
import { connect, createUser, type TestUser } from "../prisma/factories";
import { ROLES, type RoleName, type UserRoleName } from "../prisma/world";
import { randomIp } from "../tests/support/http";

type Fixtures = {
  db: PrismaClient;
  /** Creates a user and signs the page in as them (cookies are shared with page.request). */
  signInAs: (user?: TestUser) => Promise<TestUser>;
};

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

/**
 * One sign-in attempt through next-auth's endpoints, as a browser makes it, with the cookies of
 * `client` (a page's, which it shares with page.request, or a request context's). Returns the
 * answer, refusals included: tests of wrong passwords and rate limits read it.
 */
export async function attemptSignIn(
  client: Page | APIRequestContext,
  email: string,
  password: string,
): Promise<APIResponse> {
  const http = "request" in client ? client.request : client;
  const { csrfToken } = (await (await http.get("/api/auth/csrf")).json()) as { csrfToken: string };
  return http.post("/api/auth/callback/credentials", { form: { csrfToken, email, password }, maxRedirects: 0 });
}

/** Signs `client` in (see attemptSignIn) and fails the test unless that worked. */
export async function signIn(client: Page | APIRequestContext, email: string, password: string) {
  const res = await attemptSignIn(client, email, password);
  expect([200, 302], `sign-in of ${email}`).toContain(res.status());
}

/**
 * A request context per role, each from a client address of its own (`ipPrefix` + 1, 2, …) and
 * signed in as that role's user of a world (prisma/world.ts); the visitor stays signed out.
 * The caller disposes of them.
 */
export async function roleClients(baseURL: string, users: Record<UserRoleName, TestUser>, ipPrefix: string) {
  const clients = {} as Record<RoleName, APIRequestContext>;
  for (const [i, role] of ROLES.entries()) {
    const ctx = await request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": `${ipPrefix}${i + 1}` } });
    if (role !== "visitor") await signIn(ctx, users[role].email, users[role].password);
    clients[role] = ctx;
  }
  return clients;
}

export { expect };

/**
 * How long a live update may take before a test calls it lost. How fast updates really are
 * is measured (the live tests print it; `npm run bench` reports percentiles): a time bound
 * in a test would only make it fail on a busy machine.
 */
export const LIVE_MS = 5_000;
