import { db } from "@/lib/db";
import { authSecret } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { z } from "@/lib/zod";
import { createHmac, timingSafeEqual } from "node:crypto";
import "server-only";

// One-click unsubscribe: the link carries the user and the kind of mail, signed, so it works
// without signing in and cannot be forged for anyone else. It never expires: an old mail's
// link must still work.

export const MAIL_SWITCHES = {
  featured: "mailFeatured",
  answered: "mailAnswered",
  essays: "mailEssays",
  digest: "mailDigest",
} as const;
export type MailSwitch = keyof typeof MAIL_SWITCHES;

export const UnsubscribeQuerySchema = z.object({ token: z.string().min(1).max(200) });

const sign = (payload: string) =>
  createHmac("sha256", authSecret()).update(`unsubscribe\n${payload}`).digest("base64url");

/** The token of `userId`'s link that turns `kind` off. */
export function unsubscribeToken(userId: string, kind: MailSwitch): string {
  const payload = `${userId}.${kind}`;
  return `${payload}.${sign(payload)}`;
}

function verify(token: string): { userId: string; kind: MailSwitch } {
  const [userId, kind, mac] = token.split(".");
  const expected = userId && kind ? new TextEncoder().encode(sign(`${userId}.${kind}`)) : null;
  const given = new TextEncoder().encode(mac ?? "");
  if (!expected || given.length !== expected.length || !timingSafeEqual(given, expected) || !(kind! in MAIL_SWITCHES))
    throw new AppError("not_found", "This unsubscribe link is not valid.");
  return { userId: userId!, kind: kind as MailSwitch };
}

/** Turns the link's kind of mail off for its user; the same link again changes nothing. */
export async function unsubscribe(token: string): Promise<{ kind: MailSwitch }> {
  const { userId, kind } = verify(token);
  await db.user.updateMany({ where: { id: userId }, data: { [MAIL_SWITCHES[kind]]: false } });
  return { kind };
}
