import { handlers } from "@/lib/auth";
import { errorResponse, toErrorResponse } from "@/lib/errors";
import { clientIp, rateLimit } from "@/lib/rate-limit";

// GET|POST /api/auth/* — next-auth's own endpoints (csrf, session, sign-in, sign-out)
export const GET = handlers.GET;

// Credential sign-ins are rate-limited per IP and per account before next-auth sees them.
export async function POST(req: Request) {
  if (new URL(req.url).pathname.endsWith("/callback/credentials")) {
    try {
      const form = await req.clone().formData().catch(() => null);
      const email = String(form?.get("email") ?? "").trim().toLowerCase();
      await rateLimit("signInIp", clientIp(req));
      if (email) await rateLimit("signInAccount", email);
    } catch (err) {
      return toErrorResponse(err);
    }
  }
  return handlers.POST(req as Parameters<typeof handlers.POST>[0]).catch(() =>
    errorResponse("internal", "Sign-in failed. Please try again."),
  );
}
