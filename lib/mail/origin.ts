import { env } from "@/lib/env";
import { publicOrigin } from "@/lib/origin";
import "server-only";

/**
 * The origin links in mail point at: PUBLIC_URL, else the origin of the request being served
 * (mail is queued while serving one), else localhost for scripts.
 */
export async function mailOrigin(): Promise<string> {
  if (env.PUBLIC_URL) return new URL(env.PUBLIC_URL).origin;
  try {
    const { headers } = await import("next/headers");
    return publicOrigin(await headers());
  } catch {
    return `http://localhost:${process.env.PORT ?? 3000}`;
  }
}
