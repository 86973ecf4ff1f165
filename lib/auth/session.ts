import "server-only";
import { cookies, headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { ServiceUnavailableError } from "@/lib/service-unavailable";
import { auth } from "./index";
import { SESSION_COOKIES, SESSION_ENDED_PARAM } from "./session-cookie";

export type SessionUser = {
  id: string;
  email: string;
  name: string;
  role: "customer" | "admin";
  customerId: string | null;
};

/** The session of this request, checked against the database once per request. */
const currentSession = cache(async () => {
  const session = await auth();
  // The database could not confirm the session: show the outage page instead of ending the session.
  if (session?.unavailable) throw new ServiceUnavailableError();
  return session;
});

/** The signed-in user of this request, or null. */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const user = (await currentSession())?.user;
  if (!user?.id || !user.email) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name ?? user.email,
    role: user.role,
    customerId: user.customerId,
  };
});

/** The id of this browser's session (its user_sessions row), or null when not signed in. */
export async function currentSessionId(): Promise<string | null> {
  return (await currentSession())?.sessionId ?? null;
}

/**
 * The sign-in page, coming back here after. A browser that still sends a session cookie had a
 * session that has ended (closed from another device, by a password change, or expired): the page
 * says so, or the user would not know why they were signed out.
 */
async function signInUrl(): Promise<string> {
  const path = (await headers()).get("x-pathname") ?? "/";
  const jar = await cookies();
  const ended = SESSION_COOKIES.some((name) => jar.has(name));
  const reason = ended ? `&${SESSION_ENDED_PARAM.name}=${SESSION_ENDED_PARAM.value}` : "";
  return `/giris?next=${encodeURIComponent(path)}${reason}`;
}

export async function requireUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(await signInUrl());
  return user;
}

/** Customers only; an admin is sent to the admin area. */
export async function requireCustomer(): Promise<SessionUser & { customerId: string }> {
  const user = await requireUser();
  if (user.role === "admin") redirect("/yonetim");
  if (!user.customerId) notFound();
  return { ...user, customerId: user.customerId };
}

/** Admins only; anyone else gets a 404, as if the page did not exist. */
export async function requireAdmin(): Promise<SessionUser> {
  const user = await requireUser();
  if (user.role !== "admin") notFound();
  return user;
}

export { safeNextPath } from "./next-path";
