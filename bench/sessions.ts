// Session cookies for the bench users: minted as next-auth v5 does (a JWE keyed by
// AUTH_SECRET with the cookie name as salt), checked once against /api/auth/session;
// if minting does not work, each user signs in through the credentials endpoint.
import { encode } from "next-auth/jwt";
import { signIn } from "../tests/support/http";
import { errorMessage, log } from "./lib/log";
import { BENCH_PASSWORD, type BenchUser } from "./setup-db";

export const SESSION_COOKIE = "authjs.session-token";

export type Sessions = { cookies: string[]; how: "minted" | "signed in" };

export async function mintCookies(users: BenchUser[], secret: string): Promise<string[]> {
  return Promise.all(
    users.map(async (u) => {
      const token = await encode({
        token: { sub: u.id, name: u.name, email: u.email },
        secret,
        salt: SESSION_COOKIE,
        maxAge: 24 * 3600,
      });
      return `${SESSION_COOKIE}=${token}`;
    }),
  );
}

/** Whether `cookie` is a session of `userId` for the app at `origin`. */
export async function isSessionOf(origin: string, cookie: string, userId: string): Promise<boolean> {
  const res = await fetch(`${origin}/api/auth/session`, { headers: { cookie }, signal: AbortSignal.timeout(10_000) });
  if (!res.ok) return false;
  const body = (await res.json().catch(() => null)) as { user?: { id?: string } } | null;
  return body?.user?.id === userId;
}

/** One working session cookie per user, in the order of `users`. */
export async function sessionsFor(origin: string, users: BenchUser[], secret: string): Promise<Sessions> {
  const first = users[0];
  if (!first) throw new Error("no users to sign in");
  try {
    const cookies = await mintCookies(users, secret);
    const last = users[users.length - 1]!;
    if (
      (await isSessionOf(origin, cookies[0]!, first.id)) &&
      (await isSessionOf(origin, cookies[cookies.length - 1]!, last.id))
    ) {
      log(`sessions: ${cookies.length} cookies minted and accepted by /api/auth/session`);
      return { cookies, how: "minted" };
    }
    log("sessions: the app did not accept a minted cookie; signing in through the credentials endpoint instead");
  } catch (err) {
    log(`sessions: minting failed (${errorMessage(err)}); signing in through the credentials endpoint instead`);
  }
  // Sign-ins verify argon2 hashes (tens of ms each): a few at a time, bounded by the user count.
  const cookies: string[] = new Array<string>(users.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (next < users.length) {
        const i = next++;
        cookies[i] = await signIn(origin, users[i]!.email, BENCH_PASSWORD, { timeoutMs: 20_000 });
      }
    }),
  );
  if (!(await isSessionOf(origin, cookies[0]!, first.id)))
    throw new Error("signed-in cookies are not accepted by /api/auth/session either");
  log(`sessions: ${cookies.length} users signed in`);
  return { cookies, how: "signed in" };
}
