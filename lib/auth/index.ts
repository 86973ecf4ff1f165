import "server-only";
import NextAuth, { type DefaultSession } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "@/db";
import { env } from "@/lib/env";
import { localSecret } from "@/lib/local-secret";
import { authJsLogger } from "./auth-logger";
import { authorizeSignIn } from "./authorize";
import { localPath } from "./next-path";
import { refreshSessionToken, type TokenClaims } from "./session-token";
import { revokeSession, SESSION_MAX_AGE_SECONDS } from "./user-sessions";

declare module "next-auth" {
  interface Session {
    user: { id: string; role: "customer" | "admin"; customerId: string | null } & DefaultSession["user"];
    /** The user_sessions row of this browser. */
    sessionId?: string;
    /** The database could not confirm the session: neither signed in nor signed out. */
    unavailable?: boolean;
  }
  interface User {
    role?: "customer" | "admin";
    customerId?: string | null;
    sessionVersion?: number;
    sessionId?: string;
  }
}

function authSecret(): string {
  const config = env();
  // lib/env.ts already refuses production on PostgreSQL without AUTH_SECRET.
  return config.AUTH_SECRET ?? localSecret("auth-secret");
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: authSecret(),
  trustHost: true,
  useSecureCookies: new URL(env().APP_URL).protocol === "https:",
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/giris" },
  logger: authJsLogger,
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const claims = await authorizeSignIn(raw, request.headers);
        if (!claims) return null;
        return {
          id: claims.userId,
          email: claims.email,
          name: claims.name,
          role: claims.role,
          customerId: claims.customerId,
          sessionVersion: claims.sessionVersion,
          sessionId: claims.sessionId,
        };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user?.id) {
        return {
          ...token,
          uid: user.id,
          role: user.role,
          customerId: user.customerId ?? null,
          sv: user.sessionVersion,
          sid: user.sessionId,
        };
      }
      // Every auth() checks the session row and the session version with the database.
      return refreshSessionToken(token as typeof token & TokenClaims, getDb);
    },
    session({ session, token }) {
      const claims = token as typeof token & TokenClaims;
      session.user = {
        ...session.user,
        id: claims.uid ?? "",
        role: claims.role ?? "customer",
        customerId: claims.customerId ?? null,
      };
      session.sessionId = claims.sid;
      session.unavailable = claims.unavailable === true;
      return session;
    },
    // Auth.js's own endpoints (callbackUrl) follow the same rule as the sign-in page.
    redirect({ url, baseUrl }) {
      const path = localPath(url, baseUrl);
      return path ? new URL(path, baseUrl).toString() : baseUrl;
    },
  },
  events: {
    // Auth.js's own sign-out endpoint too: the session row ends, not only this cookie.
    async signOut(message) {
      const claims = ("token" in message ? message.token : null) as TokenClaims | null;
      if (claims?.uid && claims.sid) await revokeSession(await getDb(), { userId: claims.uid, sessionId: claims.sid });
    },
  },
}));
