import { invitePageStatus } from "@/lib/invites/page-status";
import { NextResponse, type NextRequest } from "next/server";

// Pages get a Content-Security-Policy with a fresh nonce per render; Next.js puts the nonce
// on its own scripts, so no inline script without it can run. The HTTP server hands each
// render its nonce (scripts/page-cache.mjs): a visitor's page served from its cache keeps the
// policy of its render, which authorises exactly the scripts rendered with it, as hashes would.
// NOTE: https://nextjs.org/docs/app/guides/content-security-policy
export async function proxy(request: NextRequest) {
  const nonce = request.headers.get("x-render-nonce") ?? btoa(crypto.randomUUID());
  const isDev = process.env.NODE_ENV !== "production";
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: https:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  // The one page whose status depends on data: a spent invite's page answers 410 Gone.
  const status = await invitePageStatus(request.nextUrl.pathname);
  const response = NextResponse.next({ request: { headers }, ...(status && { status }) });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  matcher: [
    {
      source: "/((?!api|_next/static|_next/image|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
