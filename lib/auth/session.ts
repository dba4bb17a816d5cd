import { readSessionClaims } from "@/lib/auth/session-token";
import { sqlRows } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma, type Role } from "@/lib/generated/prisma/client";
import { cache } from "react";
import "server-only";

export type CurrentUser = { id: string; name: string; avatarUrl: string | null; role: Role };

type AccountRow = {
  id: string;
  name: string;
  avatar_url: string | null;
  role: Role;
  locale: string | null;
  time_zone: string | null;
  session_version: number;
  suspended: boolean;
};

/**
 * The session's account, read once per request: null without a session, when the session was
 * issued before the account's session version was raised (password change, "sign out
 * everywhere", suspension), or while the account is suspended. Read in the same query as the
 * role, so a session ends on every app server with its next request. Every signed-in request
 * runs this query, so it skips Prisma's pipeline (lib/db.ts#sqlRows).
 */
const currentAccount = cache(async () => {
  const claims = await readSessionClaims();
  if (!claims) return null;
  const [account] = await sqlRows<AccountRow>(Prisma.sql`
    SELECT id, name, avatar_url, role, locale, time_zone, session_version, suspended_at IS NOT NULL AS suspended
    FROM users WHERE id = ${claims.userId}`);
  if (!account || account.suspended || account.session_version !== claims.sessionVersion) return null;
  return account;
});

/** The signed-in user; the role comes from the database, not the token. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const account = await currentAccount();
  return account && { id: account.id, name: account.name, avatarUrl: account.avatar_url, role: account.role };
});

/** The signed-in viewer's saved language and time zone (each null: not chosen), or null for visitors. */
export async function getViewerPreferences(): Promise<{ locale: string | null; timeZone: string | null } | null> {
  const account = await currentAccount();
  return account && { locale: account.locale, timeZone: account.time_zone };
}

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
