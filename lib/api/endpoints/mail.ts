import { ResetPasswordSchema, ResetRequestSchema } from "@/lib/accounts/password-reset-schema";
import { endpoint } from "@/lib/api/endpoint";
import { UnsubscribeQuerySchema } from "@/lib/mail/unsubscribe";

// Password reset by e-mail and one-click unsubscribe from notification mails.

export const requestPasswordReset = endpoint({
  method: "POST",
  path: "/api/password-reset",
  tag: "accounts",
  summary: "Mail a password-reset link (valid one hour) when the address has an account",
  who: "anyone (per client address and per e-mail address limits); the same answer and timing either way",
  auth: "none",
  limit: "passwordResetIp",
  body: ResetRequestSchema,
  ok: { status: 202, description: "accepted; a mail follows if the address has an account" },
});

export const resetPassword = endpoint({
  method: "POST",
  path: "/api/password-reset/{token}",
  tag: "accounts",
  summary: "Set a new password with a reset link's token; ends every session of the account",
  who: "anyone holding the link",
  auth: "none",
  limit: "write",
  body: ResetPasswordSchema,
  ok: { status: 204, description: "the password is changed" },
  errors: [404, 410],
});

export const unsubscribe = endpoint({
  method: "GET",
  path: "/api/unsubscribe",
  tag: "accounts",
  summary: "One click from a notification mail turns that kind of mail off; answers a small page",
  who: "anyone holding the signed link",
  auth: "none",
  query: UnsubscribeQuerySchema,
  ok: { status: 200, description: "a page saying which mails stopped", type: "text/html" },
  errors: [404],
});

export const unsubscribeOneClick = endpoint({
  method: "POST",
  path: "/api/unsubscribe",
  tag: "accounts",
  summary: "RFC 8058 one-click unsubscribe (List-Unsubscribe-Post), sent by mail clients",
  who: "anyone holding the signed link",
  auth: "none",
  limit: "write",
  query: UnsubscribeQuerySchema,
  ok: { status: 204, description: "that kind of mail is off" },
  errors: [404],
});
