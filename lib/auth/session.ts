import "server-only";
import { cache } from "react";
import { auth } from "@/lib/auth";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/client";

export type CurrentUser = { id: string; name: string; avatarUrl: string | null; role: Role };

/** The signed-in user, read once per request; the role comes from the database, not the token. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const id = (await auth())?.user?.id;
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
