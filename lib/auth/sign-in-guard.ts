import { authSecret } from "@/lib/env";
import { rateLimit, refund, type LimitName } from "@/lib/rate-limit";
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import "server-only";

// Brute-force protection that strangers cannot turn against the owner (OWASP's "device
// cookies"). A browser that signed in to an account carries a token signed for that
// account, and its attempts spend from a budget of its own. Password guessers, who lack
// it, exhaust only the budget of browsers the account has never used: the owner's known
// browser still gets in while an attack runs.

export const DEVICE_COOKIE = "jingxuan-device";
const DEVICE_MAX_AGE_S = 365 * 24 * 3600;

const key = () => createHmac("sha256", authSecret()).update("sign-in device cookie").digest("hex");
const sign = (email: string, nonce: string) =>
  createHmac("sha256", key()).update(`${email}\n${nonce}`).digest("base64url");

function newDeviceToken(email: string): string {
  const nonce = randomBytes(16).toString("base64url");
  return `${nonce}.${sign(email, nonce)}`;
}

/** The device's id when `token` was issued to a browser that signed in as `email`. */
function deviceOf(token: string | undefined, email: string): string | null {
  const [nonce, mac] = token?.split(".") ?? [];
  if (!nonce || !mac) return null;
  const expected = new TextEncoder().encode(sign(email, nonce));
  const given = new TextEncoder().encode(mac);
  return given.length === expected.length && timingSafeEqual(given, expected) ? nonce : null;
}

/** The Set-Cookie value that lets this browser keep its own budget for the account. */
export function deviceCookie(token: string, secure: boolean): string {
  const name = secure ? `__Secure-${DEVICE_COOKIE}` : DEVICE_COOKIE;
  return `${name}=${token}; Path=/api/auth; Max-Age=${DEVICE_MAX_AGE_S}; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`;
}

export type SignInAttempt = {
  /** The password was right: the attempt costs nothing; returns the device token to set. */
  succeeded(): Promise<string | null>;
};

/**
 * Spends one sign-in attempt before the password is checked (so parallel guesses cannot
 * overtake the count): from the address's budget, and from the account's, or the
 * device's when `deviceToken` was issued for this account. 429 when one is spent.
 */
export async function beginSignIn(
  ip: string,
  email: string | null,
  deviceToken: string | undefined,
): Promise<SignInAttempt> {
  const device = email ? deviceOf(deviceToken, email) : null;
  const budgets: Array<[LimitName, string]> = [["signInIp", ip]];
  if (email) budgets.push(device ? ["signInDevice", `${email} ${device}`] : ["signInAccount", email]);
  for (const [name, key] of budgets) await rateLimit(name, key);
  return {
    async succeeded() {
      await Promise.all(budgets.map(([name, key]) => refund(name, key)));
      return email && !device ? newDeviceToken(email) : null;
    },
  };
}
