import { bumpSessionVersion } from "@/lib/accounts/sessions";
import { hashPassword } from "@/lib/auth/passwords";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { enqueueMail } from "@/lib/mail/queue";
import { renderMail } from "@/lib/mail/templates";
import { rateLimit } from "@/lib/rate-limit";
import { createHash, randomBytes } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import "server-only";

// "Forgot password?": a single-use link, valid one hour, whose token is stored only as its
// sha256. Asking answers the same, in the same time, whether or not the address has an account.

export const TOKEN_TTL_MS = 60 * 60 * 1000;
/** Every request takes at least this long, so the known path's extra writes cannot be timed. */
export const REQUEST_FLOOR_MS = 400;

export const hashResetToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** Mails a reset link when `email` has an active account; otherwise does the same, sends nothing. */
export async function requestPasswordReset(email: string, origin: string): Promise<void> {
  const started = performance.now();
  await rateLimit("passwordResetAddress", email);
  // Both branches make a token and open a transaction; only a real account keeps them.
  const token = randomBytes(32).toString("base64url");
  const tokenHash = hashResetToken(token);
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { email },
      select: { id: true, email: true, name: true, locale: true, suspendedAt: true },
    });
    if (!user || user.suspendedAt) return;
    await tx.passwordResetToken.create({
      data: { tokenHash, userId: user.id, expiresAt: new Date(Date.now() + TOKEN_TTL_MS) },
    });
    const mail = renderMail({ kind: "reset", to: user, actionUrl: `${origin}/reset-password/${token}` });
    await enqueueMail(tx, `reset:${tokenHash}`, mail, { urgent: true });
  });
  await sleep(Math.max(0, REQUEST_FLOOR_MS - (performance.now() - started)));
}

export type ResetTokenState = "valid" | "gone" | "unknown";

/** Whether a link can still set a password (the page says so before anyone types). */
export async function resetTokenState(token: string): Promise<ResetTokenState> {
  const row = await db.passwordResetToken.findUnique({ where: { tokenHash: hashResetToken(token) } });
  if (!row) return "unknown";
  return row.usedAt || row.expiresAt <= new Date() ? "gone" : "valid";
}

/** Sets the new password, spends the link (and any other open link) and ends every session. */
export async function resetPassword(token: string, password: string): Promise<void> {
  const tokenHash = hashResetToken(token);
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    // One statement spends the token, so two requests with the same link cannot both succeed.
    const [spent] = await tx.$queryRaw<Array<{ user_id: string }>>`
      UPDATE password_reset_tokens SET used_at = now()
      WHERE token_hash = ${tokenHash} AND used_at IS NULL AND expires_at > now()
      RETURNING user_id`;
    if (!spent) {
      const exists = await tx.passwordResetToken.count({ where: { tokenHash } });
      if (exists) throw new AppError("gone", "This link was already used or has expired. Ask for a new one.");
      throw new AppError("not_found", "This link is not valid. Ask for a new one.");
    }
    await tx.user.update({ where: { id: spent.user_id }, data: { passwordHash } });
    await tx.passwordResetToken.updateMany({
      where: { userId: spent.user_id, usedAt: null },
      data: { usedAt: new Date() },
    });
    await bumpSessionVersion(tx, spent.user_id);
  });
}
