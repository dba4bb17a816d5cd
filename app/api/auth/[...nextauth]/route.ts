import { handlers } from "@/lib/auth";
import { beginSignIn, DEVICE_COOKIE, deviceCookie } from "@/lib/auth/sign-in-guard";
import { toErrorResponse } from "@/lib/errors";
import { readBody } from "@/lib/http";
import { publicOrigin, sameOriginPath } from "@/lib/origin";
import { clientIp } from "@/lib/rate-limit";
import { EmailField } from "@/lib/validation";
import type { NextRequest } from "next/server";

// GET|POST /api/auth/* — next-auth's own endpoints (csrf, session, sign-in, sign-out).
// Each request reaches next-auth at the origin the client used, with a bounded body and a
// callbackUrl on that origin; credential sign-ins spend rate limits first (sign-in-guard).

const AUTH_BODY_BYTES = 8 * 1024; // a sign-in form is a few hundred bytes

/**
 * The request as next-auth should see it: on the public origin, its callbackUrl made local.
 * A plain Request, because NextRequest's URL turns 127.0.0.1 and [::1] into "localhost",
 * which sent a client of 127.0.0.1 to localhost after sign-in.
 */
function forNextAuth(req: NextRequest, body?: Buffer): NextRequest {
  const origin = publicOrigin(req.headers);
  const url = new URL(req.nextUrl.pathname + req.nextUrl.search, origin);
  const callbackUrl = url.searchParams.get("callbackUrl");
  if (callbackUrl !== null) url.searchParams.set("callbackUrl", origin + sameOriginPath(callbackUrl, origin));
  const headers = new Headers(req.headers);
  headers.delete("content-length");
  headers.delete("transfer-encoding");
  const plain = new Request(url, {
    method: req.method,
    headers,
    body: body?.length ? new Uint8Array(body) : undefined,
  });
  return plain as NextRequest; // next-auth reads only what a Request has unless AUTH_URL is set
}

const isSignedIn = (res: Response) =>
  res.headers.getSetCookie().some((c) => /^(?:__Secure-)?authjs\.session-token(?:\.\d+)?=[^;]/.test(c));

export async function GET(req: NextRequest) {
  try {
    return await handlers.GET(forNextAuth(req));
  } catch (err) {
    return toErrorResponse(err);
  }
}

export async function POST(req: NextRequest) {
  try {
    const body = await readBody(req, AUTH_BODY_BYTES);
    const authReq = forNextAuth(req, body);
    if (!req.nextUrl.pathname.endsWith("/callback/credentials")) return await handlers.POST(authReq);

    const email = EmailField.safeParse(new URLSearchParams(body.toString("utf8")).get("email")).data ?? null;
    const secure = authReq.url.startsWith("https:");
    const deviceToken = req.cookies.get(secure ? `__Secure-${DEVICE_COOKIE}` : DEVICE_COOKIE)?.value;
    const attempt = await beginSignIn(clientIp(req), email, deviceToken);
    const res = await handlers.POST(authReq);
    if (isSignedIn(res)) {
      const issued = await attempt.succeeded();
      if (issued) res.headers.append("Set-Cookie", deviceCookie(issued, secure));
    }
    return res;
  } catch (err) {
    return toErrorResponse(err);
  }
}
