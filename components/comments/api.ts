import type { ApiErrorBody } from "@/lib/errors";

// Browser side of the discussion API: one place that turns fetch into a typed result,
// so every caller handles failure (including no network) the same way.

export type ApiFailure = { ok: false; status: number; code: string; message: string };
export type ApiResult<T> = { ok: true; status: number; data: T } | ApiFailure;
type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/**
 * `keepalive` lets a save sent while the page is being hidden or closed still reach the
 * server (browsers cap such bodies at 64 KB).
 */
export async function callApi<T>(url: string, method: Method = "GET", body?: unknown, keepalive = false): Promise<ApiResult<T>> {
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      keepalive,
      cache: "no-store",
      headers: body === undefined ? undefined : { "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    return { ok: false, status: 0, code: "network", message: "" };
  }
  const json: unknown = await res.json().catch(() => null);
  if (res.ok) return { ok: true, status: res.status, data: json as T };
  const error = (json as Partial<ApiErrorBody> | null)?.error;
  return { ok: false, status: res.status, code: error?.code ?? "internal", message: error?.message ?? "" };
}
