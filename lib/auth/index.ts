import "server-only";
import NextAuth, { type DefaultSession } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "@/db";
import { env } from "@/lib/env";
import { localSecret } from "@/lib/local-secret";
import { authorizeSignIn } from "./authorize";
import { checkSession } from "./credentials";

declare module "next-auth" {
  interface Session {
    user: { id: string; role: "customer" | "admin"; customerId: string | null } & DefaultSession["user"];
  }
  interface User {
    role?: "customer" | "admin";
    customerId?: string | null;
    sessionVersion?: number;
  }
}

type Claims = { uid?: string; role?: "customer" | "admin"; customerId?: string | null; sv?: number };

function authSecret(): string {
  const config = env();
  // lib/env.ts already refuses production on PostgreSQL without AUTH_SECRET.
  return config.AUTH_SECRET ?? localSecret("auth-secret");
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: authSecret(),
  trustHost: true,
  useSecureCookies: new URL(env().APP_URL).protocol === "https:",
  session: { strategy: "jwt", maxAge: 7 * 24 * 60 * 60 },
  pages: { signIn: "/giris" },
  logger: { error: () => {}, warn: () => {} },
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
        };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      const claims = token as typeof token & Claims;
      if (user?.id) {
        return {
          ...token,
          uid: user.id,
          role: user.role,
          customerId: user.customerId ?? null,
          sv: user.sessionVersion,
        };
      }
      if (!claims.uid || claims.sv === undefined) return null;
      // Every auth() compares the session version with the database: disabling a user, a password
      // reset or "sign out everywhere" ends this session here.
      const current = await checkSession(await getDb(), { userId: claims.uid, sessionVersion: claims.sv });
      if (!current) return null;
      return { ...token, name: current.name, email: current.email, role: current.role, customerId: current.customerId };
    },
    session({ session, token }) {
      const claims = token as typeof token & Claims;
      session.user = {
        ...session.user,
        id: claims.uid ?? "",
        role: claims.role ?? "customer",
        customerId: claims.customerId ?? null,
      };
      return session;
    },
  },
}));
