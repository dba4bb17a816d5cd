import { SignInSchema } from "@/lib/auth/schema";
import { verifyCredentials } from "@/lib/auth/users";
import { log } from "@/lib/log";
import NextAuth, { CredentialsSignin, type DefaultSession } from "next-auth";
import Credentials from "next-auth/providers/credentials";

declare module "next-auth" {
  interface Session {
    user: { id: string } & DefaultSession["user"];
  }
}

// JWT sessions: any app server can verify a session without shared state. Cookies are
// HttpOnly and SameSite=Lax, and Secure (with the __Secure- prefix) whenever the request
// came over HTTPS, as the proxy's X-Forwarded-Proto tells (trustHost).
// The token carries only the user id; roles are read from the database per request.
export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  session: { strategy: "jwt", maxAge: 30 * 24 * 3600 },
  pages: { signIn: "/signin" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials) {
        const parsed = SignInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const user = await verifyCredentials(parsed.data);
        return user ? { id: user.id, name: user.name, email: user.email, image: user.avatarUrl } : null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) token.sub = user.id;
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
