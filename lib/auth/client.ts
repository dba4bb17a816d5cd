// Browser side of password sign-in, through next-auth's standard endpoints. Written
// out (instead of next-auth/react's signIn) to tell a rate limit from a wrong password.
export type SignInResult = "ok" | "invalid" | "rate_limited" | "failed";

export async function signInWithPassword(email: string, password: string): Promise<SignInResult> {
  try {
    const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
    const res = await fetch("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", "X-Auth-Return-Redirect": "1" },
      body: new URLSearchParams({ email, password, csrfToken, callbackUrl: window.location.origin }),
    });
    if (res.status === 429) return "rate_limited";
    if (!res.ok) return "failed";
    const { url } = (await res.json()) as { url?: string };
    if (!url) return "failed";
    return new URL(url).searchParams.has("error") ? "invalid" : "ok";
  } catch {
    return "failed";
  }
}
