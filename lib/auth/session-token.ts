import { authSecret } from "@/lib/env";
import { decode, encode, type JWT } from "next-auth/jwt";
import { cookies } from "next/headers";
import "server-only";

// The session cookie as next-auth writes it: an encrypted JWT under its own name (the
// __Secure- one over HTTPS), split into ".0", ".1", … chunks when long. The name is also the
// key's salt. The token holds the user id (`sub`) and the session version (`sv`) it was
// issued at; everything else about the user is read from the database per request.

const SESSION_COOKIES = ["__Secure-authjs.session-token", "authjs.session-token"] as const;
export const SESSION_MAX_AGE_S = 30 * 24 * 3600;
const MAX_DECODED = 10_000;

export type SessionClaims = { userId: string; sessionVersion: number };
type Found = { name: string; token: string; chunks: string[] };

const decoded = new Map<string, { claims: SessionClaims | null; payload: JWT | null; until: number }>();

async function findCookie(): Promise<Found | null> {
  const jar = await cookies();
  for (const name of SESSION_COOKIES) {
    if (jar.has(name)) return { name, token: jar.get(name)!.value, chunks: [] };
    const chunks = jar
      .getAll()
      .filter((c) => c.name.startsWith(`${name}.`))
      .sort((a, b) => Number(a.name.slice(name.length + 1)) - Number(b.name.slice(name.length + 1)));
    if (chunks.length) return { name, token: chunks.map((c) => c.value).join(""), chunks: chunks.map((c) => c.name) };
  }
  return null;
}

/**
 * Decoding the encrypted token is most of what a signed-in request costs, so a decoded token
 * is remembered until it expires (what it says never changes; a token that stops being valid
 * earlier does so through the session version). The user row is never remembered: the caller
 * compares `sessionVersion` with the database's on every request. At most MAX_DECODED tokens
 * are kept; past that the map starts over.
 */
async function decodeCached(found: Found) {
  const hit = decoded.get(found.token);
  if (hit && hit.until > Date.now()) return hit;
  const payload = await decode({ token: found.token, secret: authSecret(), salt: found.name }).catch(() => null);
  const userId = typeof payload?.sub === "string" ? payload.sub : null;
  // Tokens from before session versions count as version 0, the column's default.
  const sessionVersion = typeof payload?.sv === "number" ? payload.sv : 0;
  const expiresAt = typeof payload?.exp === "number" ? payload.exp * 1000 : 0;
  const entry = {
    claims: userId ? { userId, sessionVersion } : null,
    payload,
    until: expiresAt,
  };
  if (decoded.size >= MAX_DECODED) decoded.clear();
  decoded.set(found.token, entry);
  return entry;
}

/** Who the session cookie says the caller is, and at which session version; null without one. */
export async function readSessionClaims(): Promise<SessionClaims | null> {
  const found = await findCookie();
  return found ? (await decodeCached(found)).claims : null;
}

/**
 * Set-Cookie values that carry the caller's session on at `sessionVersion` (after a password
 * change ended every other session). Empty when the request had no valid session cookie.
 */
export async function reissueSession(sessionVersion: number): Promise<string[]> {
  const found = await findCookie();
  const payload = found && (await decodeCached(found)).payload;
  if (!found || !payload) return [];
  const token = await encode({
    token: { ...payload, sv: sessionVersion },
    secret: authSecret(),
    salt: found.name,
    maxAge: SESSION_MAX_AGE_S,
  });
  const secure = found.name.startsWith("__Secure-") ? "; Secure" : "";
  const attributes = `Path=/; HttpOnly; SameSite=Lax${secure}`;
  return [
    `${found.name}=${token}; Max-Age=${SESSION_MAX_AGE_S}; ${attributes}`,
    ...found.chunks.map((chunk) => `${chunk}=; Max-Age=0; ${attributes}`),
  ];
}
