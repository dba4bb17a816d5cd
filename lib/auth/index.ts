import { SignInSchema } from "@/lib/auth/schema";
import { SESSION_MAX_AGE_S } from "@/lib/auth/session-token";
import { verifyCredentials } from "@/lib/auth/users";
import { log } from "@/lib/log";
import NextAuth, { CredentialsSignin, type DefaultSession } from "next-auth";
import Credentials from "next-auth/providers/credentials";

declare module "next-auth" {
  interface Session {
    user: { id: string } & DefaultSession["user"];
  }
  interface User {
    sessionVersion?: number;
  }
}

// JWT sessions: any app server can verify a session without shared state. Cookies are
// HttpOnly and SameSite=Lax, and Secure (with the __Secure- prefix) whenever the request
// came over HTTPS, as the proxy's X-Forwarded-Proto tells (trustHost).
// The token carries the user id and the session version it was issued at (lib/auth/session.ts
// compares it with the database's on every request); roles are read from the database too.
export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
  pages: { signIn: "/signin" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials) {
        const parsed = SignInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const user = await verifyCredentials(parsed.data);
        if (!user) return null;
        return {
          id: user.id,
          name: user.name,
          email: user.email,
          image: user.avatarUrl,
          sessionVersion: user.sessionVersion,
        };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.sv = user.sessionVersion ?? 0;
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
  logger: {
    // A wrong password is not a server error: keep it out of the error log.
    error(error) {
      if (error instanceof CredentialsSignin || error.name === "CredentialsSignin") return;
      log.error({ err: error }, "auth error");
    },
  },
});
