import { codeForStatus, isErrorCode, type ApiErrorBody, type ApiIssue, type ErrorCode } from "@/lib/api-error";
import { useTranslations } from "next-intl";

// Browser side of the app's API: one place that turns fetch into a typed result, so every
// caller handles failure (including no network) the same way, and says so in the reader's
// language.

export type ApiFailure = {
  ok: false;
  status: number;
  code: ErrorCode | "network";
  /** The server's own text: English, for logs and API clients. Never shown (see useApiError). */
  message: string;
  issues?: ApiIssue[];
  /** Seconds, from a 429's Retry-After header. */
  retryAfter?: number;
};
export type ApiResult<T> = { ok: true; status: number; data: T } | ApiFailure;
type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/**
 * `body` is sent as JSON, or as multipart/form-data when it is FormData (uploads).
 * `keepalive` lets a save sent while the page is being hidden or closed still reach the
 * server (browsers cap such bodies at 64 KB).
 */
export async function callApi<T>(
  url: string,
  method: Method = "GET",
  body?: unknown,
  keepalive = false,
): Promise<ApiResult<T>> {
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      keepalive,
      cache: "no-store",
      headers: body === undefined || body instanceof FormData ? undefined : { "Content-Type": "application/json" },
      body: body === undefined || body instanceof FormData ? body : JSON.stringify(body),
    });
  } catch {
    return { ok: false, status: 0, code: "network", message: "" };
  }
  const json: unknown = await res.json().catch(() => null);
  if (res.ok) return { ok: true, status: res.status, data: json as T };
  const error = (json as Partial<ApiErrorBody> | null)?.error;
  const retryAfter = Number(res.headers.get("retry-after"));
  return {
    ok: false,
    status: res.status,
    // A bare status (from a proxy, say) still gets the code it stands for.
    code: isErrorCode(error?.code) ? error.code : codeForStatus(res.status),
    message: typeof error?.message === "string" ? error.message : "",
    ...(Array.isArray(error?.issues) && { issues: error.issues }),
    ...(retryAfter > 0 && { retryAfter }),
  };
}

/** Keys of the `errors.api` messages, one per code (lib/i18n/messages/<locale>/errors.json). */
const KEY_BY_CODE = {
  network: "network",
  bad_request: "badRequest",
  validation_failed: "validationFailed",
  unauthorized: "unauthorized",
  forbidden: "forbidden",
  not_found: "notFound",
  method_not_allowed: "badRequest",
  conflict: "conflict",
  payload_too_large: "payloadTooLarge",
  unsupported_media_type: "unsupportedMediaType",
  gone: "gone",
  rate_limited: "rateLimited",
  internal: "internal",
  unavailable: "unavailable",
} as const satisfies Record<ApiFailure["code"], string>;

export type ApiMessage = {
  key: (typeof KEY_BY_CODE)[keyof typeof KEY_BY_CODE] | "rateLimitedSeconds" | "rateLimitedMinutes";
  values?: { seconds: number } | { minutes: number };
};

/** The `errors.api` message for a failure: chosen by its code, with the wait when the server gave one. */
export function apiErrorMessage(failure: Pick<ApiFailure, "code" | "retryAfter">): ApiMessage {
  const seconds = failure.retryAfter;
  if (failure.code === "rate_limited" && seconds) {
    return seconds < 60
      ? { key: "rateLimitedSeconds", values: { seconds } }
      : { key: "rateLimitedMinutes", values: { minutes: Math.ceil(seconds / 60) } };
  }
  return { key: KEY_BY_CODE[failure.code] };
}

/** Text for codes a caller understands better in its context, e.g. sign-up's conflict ("email taken"). */
export type SpecificMessages = Partial<Record<ApiFailure["code"], string>>;

type ApiTranslator = (key: ApiMessage["key"], values?: ApiMessage["values"]) => string;

/**
 * A translated sentence for a failed request. The rule: the text is chosen by code (never
 * the server's English `message`); a caller may replace it for a code whose meaning it knows.
 */
export function describeApiError(t: ApiTranslator, failure: ApiFailure, specific: SpecificMessages = {}): string {
  const own = specific[failure.code];
  if (own !== undefined) return own;
  const { key, values } = apiErrorMessage(failure);
  return t(key, values);
}

/** describeApiError with the reader's `errors.api` messages. */
export function useApiError() {
  const t = useTranslations("errors.api");
  return (failure: ApiFailure, specific?: SpecificMessages) => describeApiError(t, failure, specific);
}
