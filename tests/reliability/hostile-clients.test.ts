// The production server, as shipped (no TRUST_PROXY), against what outside scanners tried:
// endless chunked bodies, forged client addresses, a password-guessing crowd, odd bytes in
// addresses, TRACE, and redirects that leave the address the app was reached at. Clients
// with different addresses are real sockets bound to different loopback addresses.
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMember, connect, createCourse, createLesson, createUser, type TestUser } from "../../prisma/factories";
import { createTestDatabase, type TestDatabase } from "../../scripts/db/test-database";
import { hasBuild, missingBuild, startApp, type AppServer } from "../support/app-server";
import { skipWhen } from "../support/skip";

type Answer = { status: number; headers: http.IncomingHttpHeaders; text: string };
type Options = { method?: string; headers?: Record<string, string>; body?: string; from?: string; host?: string };

/** One request on a fresh socket from address `from` (127.0.0.1 unless given). */
function send(
  app: AppServer,
  path: string,
  { method = "GET", headers = {}, body, from = "127.0.0.1", host }: Options = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: "127.0.0.1",
        port: app.port,
        path,
        method,
        localAddress: from,
        agent: false,
        timeout: 15_000,
        headers: { ...(host && { host }), ...headers },
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (c: string) => (text += c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
      },
    );
    req.on("timeout", () => req.destroy(new Error(`${method} ${path}: no answer in 15 s`)));
    req.on("error", reject);
    req.end(body);
  });
}

const MiB = 1024 * 1024;

/**
 * POSTs a chunked body (no Content-Length) that never ends: up to 16 MiB, then silence.
 * Resolves with the server's answer, which must come while the body is still unfinished;
 * a server that reads bodies to the end never answers (and the test times out).
 */
function postEndless(
  app: AppServer,
  path: string,
  headers: Record<string, string>,
): Promise<Answer & { sentBytes: number }> {
  return new Promise((resolve, reject) => {
    let sentBytes = 0;
    let answered = false;
    const chunk = Buffer.alloc(64 * 1024, "a");
    // keep-alive, as browsers send: with "close" a server may not linger for the answer to be read.
    const req = http.request(
      {
        host: "127.0.0.1",
        port: app.port,
        path,
        method: "POST",
        agent: false,
        headers: { connection: "keep-alive", ...headers },
      },
      (res) => {
        answered = true;
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (c: string) => (text += c));
        res.on("end", () => {
          req.destroy();
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, sentBytes });
        });
      },
    );
    const pump = () => {
      while (!answered && sentBytes < 16 * MiB) {
        sentBytes += chunk.length;
        if (!req.write(chunk)) return void req.once("drain", pump);
      }
    };
    req.on("error", (err) => !answered && reject(err)); // the server may close the socket once it answered
    pump();
  });
}

const errorShape = (text: string) => JSON.parse(text) as { error: { code: string; message: string } };

/**
 * Signs in as a browser would; returns the status, the session cookie and the device cookie it got.
 * NOTE: not the shared fetch sign-in (tests/support/http.ts) on purpose. The server here trusts no
 * X-Forwarded-For, so a client address is only real as the socket's own source address (fetch cannot
 * bind one); the test sets the Host header (fetch forbids it), sends and reads the device cookie,
 * and needs the status of refused attempts (the shared helper throws on them).
 */
async function signIn(
  app: AppServer,
  email: string,
  password: string,
  opts: { from?: string; device?: string; host?: string } = {},
) {
  const csrf = await send(app, "/api/auth/csrf", { from: opts.from, host: opts.host });
  const { csrfToken } = JSON.parse(csrf.text) as { csrfToken: string };
  const cookies = [
    ...(csrf.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]),
    ...(opts.device ? [opts.device] : []),
  ];
  const res = await send(app, "/api/auth/callback/credentials", {
    method: "POST",
    from: opts.from,
    host: opts.host,
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password }).toString(),
  });
  const cookie = (name: string) => res.headers["set-cookie"]?.find((c) => c.startsWith(`${name}=`))?.split(";")[0];
  return {
    status: res.status,
    location: res.headers.location,
    session: cookie("authjs.session-token"),
    device: cookie("jingxuan-device"),
    res,
  };
}

let testDb: TestDatabase;
let db: ReturnType<typeof connect>;
let app: AppServer;
let member: TestUser;
let articleId: string;

beforeAll(async () => {
  if (!hasBuild()) return;
  testDb = await createTestDatabase();
  db = connect(testDb.url);
  const course = await createCourse(db);
  member = await createUser(db);
  await addMember(db, course.id, member.id, "INSTRUCTOR");
  articleId = (await createLesson(db, course.id, member.id)).id;
  // As shipped: no TRUST_PROXY, rate limits at their real budgets.
  app = await startApp(testDb.url, { TRUST_PROXY: "", RATE_LIMIT: "on" });
}, 120_000);
afterAll(async () => {
  await app?.kill();
  await db?.$disconnect();
  await testDb?.drop();
});

describe("hostile clients against the server as shipped", skipWhen(missingBuild()), () => {
  it("an endless chunked body is refused with 413 long before it ends, on every route", async () => {
    const { session } = await signIn(app, member.email, member.password);
    const targets: Array<[string, Record<string, string>]> = [
      [`/api/articles/${articleId}/comments`, { "content-type": "application/json", cookie: session! }],
      ["/api/register", { "content-type": "application/json" }],
      ["/api/auth/callback/credentials", { "content-type": "application/x-www-form-urlencoded" }],
      ["/api/auth/signout", { "content-type": "application/x-www-form-urlencoded" }],
    ];
    for (const [path, headers] of targets) {
      const res = await postEndless(app, path, headers);
      expect(res.status, path).toBe(413);
      expect(errorShape(res.text).error.code).toBe("payload_too_large");
      expect(res.sentBytes, path).toBeLessThan(16 * MiB);
    }
  });

  it("a declared Content-Length over the limit is refused before the body is read", async () => {
    const res = await send(app, "/api/register", {
      method: "POST",
      headers: { "content-type": "application/json", "content-length": String(10 * MiB) },
    }).catch((err: Error) => ({ status: 0, text: err.message, headers: {} }));
    expect(res.status).toBe(413);
  });

  it("a forged X-Forwarded-For buys no new budget; another real address has its own", async () => {
    // Registration: 10 per address per hour; spent even by an invalid body.
    const register = (from: string, forged: string) =>
      send(app, "/api/register", {
        method: "POST",
        from,
        headers: { "content-type": "application/json", "x-forwarded-for": forged },
        body: "{}",
      });
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await register("127.0.0.20", `198.51.100.${i}`)).status);
    expect(statuses.slice(0, 10).every((s) => s === 400)).toBe(true);
    expect(statuses[10]).toBe(429);
    expect((await register("127.0.0.21", "198.51.100.1")).status).toBe(400);
  });

  it("strangers guessing from ten addresses cannot lock the owner's browser out", async () => {
    const owner = await createUser(db);
    const known = await signIn(app, owner.email, owner.password, { from: "127.0.0.30" });
    expect(known.session).toBeTruthy();
    expect(known.device).toBeTruthy();

    // The attack: wrong passwords from ten addresses until the account's budget is spent.
    let attack = 0;
    for (let i = 0; i < 12 && attack !== 429; i++) {
      attack = (await signIn(app, owner.email, "a-wrong-guess", { from: `127.0.1.${i + 1}` })).status;
    }
    expect(attack).toBe(429);
    // A new browser with the right password waits too: the protection holds…
    expect((await signIn(app, owner.email, owner.password, { from: "127.0.0.31" })).status).toBe(429);
    // …but the owner's own browser gets in, from anywhere, while the attack runs.
    const owners = await signIn(app, owner.email, owner.password, { from: "127.0.0.32", device: known.device });
    expect(owners.status).toBe(302);
    expect(owners.session).toBeTruthy();
    // A device cookie is good for its own account only.
    const other = await createUser(db);
    for (let i = 0; i < 12; i++) await signIn(app, other.email, "a-wrong-guess", { from: `127.0.2.${i + 1}` });
    expect((await signIn(app, other.email, other.password, { from: "127.0.0.33", device: known.device })).status).toBe(
      429,
    );
  });

  it("odd bytes and methods get a 4xx in the error shape, not a 500", async () => {
    const { session } = await signIn(app, member.email, member.password);
    const paths = [
      "/api/articles/a%00b",
      "/api/courses/a%00b",
      "/api/comments/a%00b/replies",
      "/api/studio/export?course=%2Fe%00",
      "/courses/a%00b",
      "/api/articles/a'b",
      "/api/comments/%E4%B8%AD/replies",
      `/api/articles/${articleId}/comments?cursor=eyJpZCI6ImFcdTAwMDBiIiwiY3JlYXRlZEF0IjoiMjAyNi0wMS0wMSJ9`,
    ];
    for (const path of paths) {
      const res = await send(app, path, { headers: { cookie: session! } });
      expect(res.status, path).toBeGreaterThanOrEqual(400);
      expect(res.status, path).toBeLessThan(500);
      expect(errorShape(res.text).error.code, path).toMatch(/^(bad_request|not_found|validation_failed)$/);
    }
    for (const method of ["TRACE", "PROPFIND"]) {
      const res = await send(app, "/", { method });
      expect(res.status, method).toBe(405);
      expect(res.headers.allow).toContain("GET");
      expect(errorShape(res.text).error.code).toBe("method_not_allowed");
    }
  });

  it("next-auth's pages take any callbackUrl without a configuration error, and stay on this origin", async () => {
    for (const callbackUrl of ["abc", "javascript:alert(1)", "//evil.example", "https://evil.example/"]) {
      const res = await send(app, `/api/auth/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`);
      expect(res.status, callbackUrl).toBe(302);
      const next = new URL(res.headers.location!, app.url);
      expect(next.pathname).toBe("/signin");
      expect(new URL(next.searchParams.get("callbackUrl")!).origin, callbackUrl).toBe(app.url);
    }
  });

  it("after sign-in the redirect stays on the address the app was reached at", async () => {
    for (const host of [`127.0.0.1:${app.port}`, `localhost:${app.port}`]) {
      const res = await signIn(app, member.email, member.password, { host });
      expect(new URL(res.location!).host, host).toBe(host);
    }
    // An untrusted client's X-Forwarded-Host changes nothing.
    const csrf = await send(app, "/api/auth/csrf");
    const { csrfToken } = JSON.parse(csrf.text) as { csrfToken: string };
    const res = await send(app, "/api/auth/callback/credentials", {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        cookie: (csrf.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]).join("; "),
        "x-forwarded-host": "evil.example",
        "x-forwarded-proto": "https",
      },
      body: new URLSearchParams({ csrfToken, email: member.email, password: member.password }).toString(),
    });
    expect(res.headers.location).toBe(`http://127.0.0.1:${app.port}`);
  });
});
