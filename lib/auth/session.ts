import { auth } from "@/lib/auth";
import { db } from "@/lib/db";
import { authSecret } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/client";
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { cache } from "react";
import "server-only";

export type CurrentUser = { id: string; name: string; avatarUrl: string | null; role: Role };

// next-auth's own cookie names (the __Secure- one over HTTPS); the name is also the salt.
const SESSION_COOKIES = ["__Secure-authjs.session-token", "authjs.session-token"];
const DECODED_TTL_MS = 60_000;
const decoded = new Map<string, { userId: string | null; until: number }>();

/**
 * The user id in the session cookie. Decoding the encrypted token is most of what a
 * signed-in request costs, so a decoded token is remembered for a minute (never past its
 * own expiry). Without a cookie there is nothing to decode at all.
 */
async function sessionUserId(): Promise<string | null> {
  const jar = await cookies();
  const name = SESSION_COOKIES.find((n) => jar.has(n));
  if (!name) return jar.has(`${SESSION_COOKIES[1]}.0`) ? ((await auth())?.user?.id ?? null) : null; // a chunked cookie: next-auth reassembles it
  const token = jar.get(name)!.value;
  const hit = decoded.get(token);
  if (hit && hit.until > Date.now()) return hit.userId;
  const payload = await decode({ token, secret: authSecret(), salt: name }).catch(() => null);
  const userId = typeof payload?.sub === "string" ? payload.sub : null;
  const expiresAt = typeof payload?.exp === "number" ? payload.exp * 1000 : 0;
  if (decoded.size > 10_000) decoded.clear();
  decoded.set(token, { userId, until: Math.min(Date.now() + DECODED_TTL_MS, expiresAt) });
  return userId;
}

/** The signed-in user, read once per request; the role comes from the database, not the token. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const id = await sessionUserId();
  if (!id) return null;
  return db.user.findUnique({ where: { id }, select: { id: true, name: true, avatarUrl: true, role: true } });
});

/** 401 unless signed in. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("unauthorized", "Please sign in.");
  return user;
}

/** 401 unless signed in, 403 unless an admin. */
export async function requireAdmin(): Promise<CurrentUser> {
  const user = await requireUser();
  if (user.role !== "ADMIN") throw new AppError("forbidden", "Only administrators may do this.");
  return user;
}
