import { ERROR_STATUS, type ApiErrorBody, type ApiIssue, type ErrorCode } from "@/lib/api-error";
import { log } from "@/lib/log";
import { z } from "@/lib/zod";

// The contract's types and codes live in lib/api-error.ts (the browser reads them too);
// re-exported here so server modules keep one import for errors.
export { ERROR_STATUS, type ApiErrorBody, type ApiIssue, type ErrorCode };

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export function errorResponse(code: ErrorCode, message: string, issues?: ApiIssue[], headers?: HeadersInit) {
  const body: ApiErrorBody = { error: { code, message, ...(issues && { issues }) } };
  return Response.json(body, { status: ERROR_STATUS[code], headers });
}

function zodIssues(err: z.ZodError): ApiIssue[] {
  return err.issues.map((i) => ({
    path: i.path.map((p) => (typeof p === "symbol" ? String(p) : p)),
    message: i.message,
  }));
}

const prismaCode = (e: unknown) =>
  typeof e === "object" && e !== null && "code" in e ? String((e as { code: unknown }).code) : undefined;

/** PostgreSQL's SQLSTATE, from pg directly or through Prisma's driver adapter. */
const sqlState = (e: unknown): string | undefined => {
  const code = prismaCode(e);
  if (code && /^[0-9A-Z]{5}$/.test(code) && !code.startsWith("P")) return code;
  const meta =
    typeof e === "object" && e !== null && "meta" in e
      ? (e as { meta?: { driverAdapterError?: { cause?: { code?: unknown } } } }).meta
      : undefined;
  const cause = meta?.driverAdapterError?.cause?.code;
  return typeof cause === "string" ? cause : undefined;
};

// Text PostgreSQL cannot hold (a NUL character, invalid UTF-8): bad input wherever it slipped in.
const UNSTORABLE = new Set(["22021", "22P05"]);

const UNAVAILABLE = new Set(["P1001", "P1002", "P1017", "P2024", "ECONNREFUSED", "ETIMEDOUT", "57P01", "57P03"]);

/** Whether `err` means the database (or another backing service) cannot be reached. */
export function isUnavailable(err: unknown): boolean {
  const code = prismaCode(err);
  if (code && UNAVAILABLE.has(code)) return true;
  const message = err instanceof Error ? err.message : "";
  return /ECONNREFUSED|Connection terminated|connect ETIMEDOUT|timeout exceeded when trying to connect|DatabaseNotReachable/i.test(
    message,
  );
}

export function toErrorResponse(err: unknown, requestId?: string): Response {
  if (err instanceof AppError) return errorResponse(err.code, err.message, undefined, err.headers);
  if (err instanceof z.ZodError) return errorResponse("validation_failed", "Some fields are invalid.", zodIssues(err));
  if (prismaCode(err) === "P2002") return errorResponse("conflict", "That already exists.");
  if (prismaCode(err) === "P2025") return errorResponse("not_found", "Not found.");
  if (UNSTORABLE.has(sqlState(err) ?? ""))
    return errorResponse("bad_request", "The request contains characters that cannot be stored.");
  if (isUnavailable(err)) {
    log.warn({ requestId, err: err instanceof Error ? err.message : String(err) }, "backing service unavailable");
    return errorResponse("unavailable", "The service is briefly unavailable. Please try again.", undefined, {
      "Retry-After": "5",
    });
  }
  log.error({ requestId, err }, "unhandled error"); // details stay in the server log, never in the response
  return errorResponse("internal", "Something went wrong. Please try again.");
}
