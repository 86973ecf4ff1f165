import "./helpers/next-mocks";
import { drizzle } from "drizzle-orm/postgres-js";
import { eq } from "drizzle-orm";
import postgres from "postgres";
import { describe, expect, it } from "vitest";
import { changePasswordAction, endSessionAction } from "@/app/(auth)/session-actions";
import { getDb, query, type Db } from "@/db";
import { listOpenSessions } from "@/db/queries/user-sessions";
import { auditLogs, userSessions } from "@/db/schema";
import { authorizeSignIn } from "@/lib/auth/authorize";
import { checkSession } from "@/lib/auth/credentials";
import { refreshSessionToken } from "@/lib/auth/session-token";
import { endSession } from "@/lib/auth/sign-out";
import { signOutEverywhere } from "@/lib/auth/users";
import { userCtx } from "./helpers/context";
import { FIXTURE_PASSWORD, ids, insertUser, sessionOf, twoCustomers } from "./helpers/fixtures";
import { expectRedirect } from "./helpers/redirect";
import { signInAs, requestHeaders } from "./helpers/request";

const FIREFOX = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:130.0) Gecko/20100101 Firefox/130.0";

/** A sign-in from a browser, as Auth.js runs it: the token's claims, the session id among them. */
async function signInFrom(email: string, userAgent = FIREFOX) {
  const claims = await authorizeSignIn(
    { email, password: FIXTURE_PASSWORD },
    requestHeaders({ ip: "198.51.100.40", sent: { "user-agent": userAgent } }),
  );
  if (!claims) throw new Error("sign-in refused");
  return claims;
}

const tokenOf = (claims: { userId: string; sessionVersion: number; sessionId: string }) => ({
  userId: claims.userId,
  sessionVersion: claims.sessionVersion,
  sessionId: claims.sessionId,
});

describe("sessions", () => {
  it("gives each sign-in its own session, and signing out ends that one only", async () => {
    const { userA } = await twoCustomers();
    const laptop = await signInFrom(userA.email);
    const phone = await signInFrom(userA.email, "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Safari/604.1");
    expect(laptop.sessionId).not.toBe(phone.sessionId);
    const db = await getDb();

    expect(await endSession(userCtx(userA), { sessionId: laptop.sessionId, current: true })).toBe(true);
    // The cookie of the ended session (or any copy of it) is worth nothing now; the other one is.
    expect(await checkSession(db, tokenOf(laptop))).toBeNull();
    expect(await checkSession(db, tokenOf(phone))).toMatchObject({ userId: userA.id });
    expect(await query(listOpenSessions, { userId: userA.id })).toEqual([
      expect.objectContaining({
        id: phone.sessionId,
        ip: "198.51.100.40",
        userAgent: expect.stringContaining("iPhone"),
      }),
    ]);
    const [audit] = await db.select().from(auditLogs).where(eq(auditLogs.action, "auth.sign_out"));
    expect(audit).toMatchObject({ actorUserId: userA.id, entityType: "user_session", entityId: laptop.sessionId });
  });

  it("lets a user end only their own sessions from the list", async () => {
    const { userA, userB } = await twoCustomers();
    const sessionA = await signInFrom(userA.email);
    signInAs(sessionOf(userB));
    expect(await endSessionAction(null, { sessionId: sessionA.sessionId })).toEqual({
      ok: false,
      formError: "Bu oturum bulunamadı ya da zaten kapatılmış.",
    });
    const db = await getDb();
    expect(await checkSession(db, tokenOf(sessionA))).not.toBeNull();

    signInAs(sessionOf(userA));
    expect(await endSessionAction(null, { sessionId: sessionA.sessionId })).toMatchObject({
      ok: true,
      message: "Oturum kapatıldı.",
    });
    expect(await checkSession(db, tokenOf(sessionA))).toBeNull();
    expect(await endSessionAction(null, { sessionId: "kimlik-degil" })).toMatchObject({ ok: false });
  });

  it("ends every session with Tüm oturumları kapat", async () => {
    const { userA } = await twoCustomers();
    const first = await signInFrom(userA.email);
    const second = await signInFrom(userA.email);
    await signOutEverywhere(userCtx(userA));
    const db = await getDb();
    expect(await checkSession(db, tokenOf(first))).toBeNull();
    expect(await checkSession(db, tokenOf(second))).toBeNull();
    expect(await query(listOpenSessions, { userId: userA.id })).toEqual([]);
  });

  it("writes last seen at most every five minutes", async () => {
    const { userA } = await twoCustomers();
    const session = await signInFrom(userA.email);
    const db = await getDb();
    const lastSeen = async () =>
      (await db.select().from(userSessions).where(eq(userSessions.id, session.sessionId)))[0]!.lastSeenAt.getTime();
    const signedInAt = await lastSeen();
    await checkSession(db, tokenOf(session), new Date(signedInAt + 4 * 60_000));
    expect(await lastSeen()).toBe(signedInAt);
    const later = new Date(signedInAt + 6 * 60_000);
    await checkSession(db, tokenOf(session), later);
    expect(await lastSeen()).toBe(later.getTime());
  });
});

describe("the session check when the database does not answer", () => {
  it("keeps the session, marked unavailable, instead of ending it", async () => {
    const { userA } = await twoCustomers();
    const session = await signInFrom(userA.email);
    const token = { uid: userA.id, sv: session.sessionVersion, sid: session.sessionId, role: "customer" as const };
    // A real client pointed at a port where no database listens.
    const client = postgres("postgres://cardak@127.0.0.1:1/yok", { max: 1, connect_timeout: 2 });
    const unreachable = async () => drizzle({ client }) as unknown as Db;
    try {
      expect(await refreshSessionToken(token, unreachable)).toMatchObject({ ...token, unavailable: true });
    } finally {
      await client.end();
    }
    // Once the database answers again the same cookie works, and a mark from earlier is dropped.
    const refreshed = await refreshSessionToken({ ...token, unavailable: true }, getDb);
    expect(refreshed).toMatchObject({ ...token, email: userA.email });
    expect(refreshed).not.toHaveProperty("unavailable");
    // An ended session is still refused.
    await signOutEverywhere(userCtx(userA));
    expect(await refreshSessionToken(token, getDb)).toBeNull();
  });
});

describe("an admin's own account", () => {
  it("lets an admin change their password from /yonetim/hesap", async () => {
    const admin = await insertUser({ id: ids.admin, email: "operasyon@cardak.test", role: "admin" });
    signInAs(sessionOf(admin));
    await expectRedirect(
      changePasswordAction(null, {
        currentPassword: FIXTURE_PASSWORD,
        password: "Yonetici-Yeni-Sifre-7",
        passwordConfirm: "Yonetici-Yeni-Sifre-7",
      }),
      "/yonetim/hesap?sifre=degisti#sifre",
    );
    const db = await getDb();
    const actions = (await db.select({ action: auditLogs.action }).from(auditLogs)).map((row) => row.action);
    expect(actions.sort()).toEqual(["auth.password_changed", "auth.sign_in"]);
  });
});
