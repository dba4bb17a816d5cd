import type { ApiResult } from "@/components/comments/api";
import type { ApiErrorBody } from "@/lib/errors";

/**
 * JSON request with the discussion's typed result (components/comments/api.ts), plus
 * `keepalive`: a save sent while the page is being hidden or closed still reaches the
 * server (the browser caps keepalive bodies at 64 KB, which an essay never exceeds).
 */
export async function sendJson<T>(
  url: string,
  method: "POST" | "PATCH",
  body: unknown,
  keepalive = false,
): Promise<ApiResult<T>> {
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      keepalive,
      cache: "no-store",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
  } catch {
    return { ok: false, status: 0, code: "network", message: "" };
  }
  const json: unknown = await res.json().catch(() => null);
  if (res.ok) return { ok: true, status: res.status, data: json as T };
  const error = (json as Partial<ApiErrorBody> | null)?.error;
  return { ok: false, status: res.status, code: error?.code ?? "internal", message: error?.message ?? "" };
}
