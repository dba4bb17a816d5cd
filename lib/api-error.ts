// The error contract shared by server and browser: { error: { code, message, issues? } }.
// No imports on purpose: client components read it, and lib/errors.ts (which logs through
// pino) must stay out of the browser bundle.

export const ERROR_STATUS = {
  bad_request: 400,
  validation_failed: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405, // answered by scripts/edge.mjs, before routing
  conflict: 409,
  gone: 410, // an invite that expired, was revoked or is used up; a spent or expired reset link
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;
export type ApiIssue = { path: (string | number)[]; message: string };
export type ApiErrorBody = { error: { code: ErrorCode; message: string; issues?: ApiIssue[] } };

export const isErrorCode = (value: unknown): value is ErrorCode =>
  typeof value === "string" && Object.hasOwn(ERROR_STATUS, value);

/** The code a bare status stands for, when a response (from a proxy, say) carries no error body. */
export function codeForStatus(status: number): ErrorCode {
  const found = (Object.keys(ERROR_STATUS) as ErrorCode[]).find((code) => ERROR_STATUS[code] === status);
  if (found) return found;
  return status >= 400 && status < 500 ? "bad_request" : "internal";
}
