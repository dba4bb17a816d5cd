import { POST as changePasswordRoute } from "@/app/api/me/password/route";
import { GET as getMe, PATCH as patchMe } from "@/app/api/me/route";
import { POST as signOutEverywhereRoute } from "@/app/api/me/sign-out-everywhere/route";
import { bumpSessionVersion } from "@/lib/accounts/sessions";
import { getCurrentUser } from "@/lib/auth/session";
import { verifyCredentials } from "@/lib/auth/users";
import { encode } from "next-auth/jwt";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { connect, createUser, TEST_PASSWORD, type TestUser } from "../../prisma/factories";

// Issue 14, sessions: a session is a JWT that carries the session version it was issued at;
// the account's version is read with the role on every request, so raising it ends sessions at once.

const SECRET = vi.hoisted(() => (process.env.AUTH_SECRET ??= "accounts-test-secret-0123456789abcdef"));
const COOKIE = "authjs.session-token";

// The request's cookies, as next/headers would give them to the app.
const jar = vi.hoisted(() => new Map<string, string>());
vi.mock("next/headers", () => ({
  cookies: async () => ({
    has: (name: string) => jar.has(name),
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    getAll: () => [...jar].map(([name, value]) => ({ name, value })),
  }),
}));

const db = connect(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

/** A session token as sign-in issues it: the user id and the session version. */
const tokenFor = (userId: string, sv: number) =>
  encode({ token: { sub: userId, sv, name: "x" }, secret: SECRET, salt: COOKIE, maxAge: 3600 });
/** Makes `token` the cookie of the requests that follow; who that is, by the app's reading. */
async function as(token: string) {
  jar.clear();
  jar.set(COOKIE, token);
  return (await getCurrentUser())?.id ?? null;
}
const call = (method: string, path: string, body?: unknown) =>
  new Request(`http://localhost${path}`, {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
const noParams = { params: Promise.resolve({}) };

let user: TestUser;
beforeEach(async () => {
  user = await createUser(db);
});

describe("session versions", () => {
  it("a token of the current version is the user; a raised version ends it at once", async () => {
    const token = await tokenFor(user.id, 0);
    expect(await as(token)).toBe(user.id);
    await db.$transaction((tx) => bumpSessionVersion(tx, user.id));
    expect(await as(token)).toBeNull();
    expect(await as(await tokenFor(user.id, 1))).toBe(user.id);
  });

  it("a suspended user's session is null at once, and they cannot sign in", async () => {
    const token = await tokenFor(user.id, 0);
    expect(await as(token)).toBe(user.id);
    await db.user.update({ where: { id: user.id }, data: { suspendedAt: new Date() } });
    expect(await as(token)).toBeNull();
    expect(await verifyCredentials({ email: user.email, password: TEST_PASSWORD })).toBeNull();
    await db.user.update({ where: { id: user.id }, data: { suspendedAt: null } });
    expect(await verifyCredentials({ email: user.email, password: TEST_PASSWORD })).toMatchObject({
      id: user.id,
      sessionVersion: 0,
    });
  });

  it("a password change ends every other session and keeps the caller's", async () => {
    const mine = await tokenFor(user.id, 0);
    const other = await tokenFor(user.id, 0);
    await as(mine);
    const res = await changePasswordRoute(
      call("POST", "/api/me/password", { currentPassword: TEST_PASSWORD, newPassword: "a brand new password" }),
      noParams,
    );
    expect(res.status).toBe(204);
    const fresh = res.headers
      .getSetCookie()
      .find((c) => c.startsWith(`${COOKIE}=`))
      ?.split(";")[0]
      ?.slice(COOKIE.length + 1);
    expect(fresh).toBeTruthy();
    expect(await as(fresh!)).toBe(user.id);
    expect(await as(other)).toBeNull();
    expect(await as(mine)).toBeNull();
    expect(await verifyCredentials({ email: user.email, password: "a brand new password" })).toMatchObject({
      id: user.id,
    });
    expect(await verifyCredentials({ email: user.email, password: TEST_PASSWORD })).toBeNull();
  });

  it("a wrong current password answers 403 and changes nothing", async () => {
    const token = await tokenFor(user.id, 0);
    await as(token);
    const res = await changePasswordRoute(
      call("POST", "/api/me/password", { currentPassword: "not my password", newPassword: "a brand new password" }),
      noParams,
    );
    expect(res.status).toBe(403);
    expect(await as(token)).toBe(user.id);
    expect(await verifyCredentials({ email: user.email, password: TEST_PASSWORD })).toMatchObject({ id: user.id });
  });

  it("a new password follows the sign-up rules", async () => {
    await as(await tokenFor(user.id, 0));
    const res = await changePasswordRoute(
      call("POST", "/api/me/password", { currentPassword: TEST_PASSWORD, newPassword: "short" }),
      noParams,
    );
    expect(res.status).toBe(400);
    expect((await res.json()).error.issues[0].path).toEqual(["newPassword"]);
  });

  it("sign out everywhere ends every session, the caller's too", async () => {
    const mine = await tokenFor(user.id, 0);
    const other = await tokenFor(user.id, 0);
    await as(mine);
    expect((await signOutEverywhereRoute(call("POST", "/api/me/sign-out-everywhere"), noParams)).status).toBe(204);
    expect(await as(mine)).toBeNull();
    expect(await as(other)).toBeNull();
  });
});

describe("GET/PATCH /api/me", () => {
  it("reads and changes the caller's own account", async () => {
    await as(await tokenFor(user.id, 0));
    expect(await (await getMe(call("GET", "/api/me"), noParams)).json()).toEqual({
      id: user.id,
      email: user.email,
      name: user.name,
      avatarUrl: null,
      locale: null,
      timeZone: null,
      mail: { featured: true, answered: true, essays: true, digest: true },
    });
    const res = await patchMe(
      call("PATCH", "/api/me", {
        name: "  Ada Lovelace  ",
        locale: "zh-CN",
        timeZone: "Europe/Berlin",
        mail: { answered: false, digest: false },
      }),
      noParams,
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      name: "Ada Lovelace",
      locale: "zh-CN",
      timeZone: "Europe/Berlin",
      mail: { featured: true, answered: false, essays: true, digest: false },
    });
    const back = await patchMe(call("PATCH", "/api/me", { timeZone: null, locale: null }), noParams);
    expect(await back.json()).toMatchObject({ name: "Ada Lovelace", timeZone: null, locale: null });
  });

  it.each([
    ["a blank name", { name: "   " }, "name"],
    ["a name over 60 characters", { name: "n".repeat(61) }, "name"],
    ["an unknown time zone", { timeZone: "Mars/Olympus_Mons" }, "timeZone"],
    ["an unknown language", { locale: "fr" }, "locale"],
    ["an avatar URL (avatars are uploaded)", { avatarUrl: "https://example.com/me.png" }, "avatarUrl"],
    ["an unknown field", { role: "ADMIN" }, ""],
  ])("%s answers 400 and changes nothing", async (_, body, path) => {
    await as(await tokenFor(user.id, 0));
    const res = await patchMe(call("PATCH", "/api/me", body), noParams);
    expect(res.status).toBe(400);
    const issues = (await res.json()).error.issues as Array<{ path: string[] }>;
    if (path) expect(issues[0]!.path).toEqual([path]);
    expect(await db.user.findUnique({ where: { id: user.id } })).toMatchObject({
      name: user.name,
      role: "LEARNER",
      timeZone: null,
      locale: null,
    });
  });

  it("answers 401 without a session", async () => {
    jar.clear();
    expect((await getMe(call("GET", "/api/me"), noParams)).status).toBe(401);
  });
});
