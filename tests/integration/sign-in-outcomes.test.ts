import "./helpers/next-mocks";
import { and, desc, eq, or } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { auditLogs, emails, users } from "@/db/schema";
import { forgotPasswordAction, resetPasswordAction } from "@/app/(auth)/actions";
import { changePassword } from "@/lib/account/password";
import { authorizeSignIn } from "@/lib/auth/authorize";
import { signOutEverywhere } from "@/lib/auth/users";
import { userCtx } from "./helpers/context";
import { verifyCredentials } from "./helpers/credentials";
import { FIXTURE_PASSWORD, ids, insertUser } from "./helpers/fixtures";
import { requestHeaders } from "./helpers/request";
import { responseSent } from "./helpers/response";

const request = requestHeaders({
  ip: "198.51.100.30",
  requestId: "req-giris",
  sent: { "user-agent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:130.0) Gecko/20100101 Firefox/130.0" },
});

async function auditRows(userId: string) {
  const db = await getDb();
  return db
    .select({ action: auditLogs.action, ip: auditLogs.ipAddress, requestId: auditLogs.requestId })
    .from(auditLogs)
    .where(or(eq(auditLogs.entityId, userId), eq(auditLogs.actorUserId, userId)))
    .orderBy(desc(auditLogs.createdAt));
}

describe("every successful sign-in, whichever way it comes", () => {
  it("writes the last login time and an audit row inside the one credentials check", async () => {
    const admin = await insertUser({ id: ids.admin, email: "operasyon@cardak.test", role: "admin" });
    expect(admin.lastLoginAt).toBeNull();
    // authorizeSignIn is what both /giris and a direct POST to /api/auth/callback/credentials run.
    const claims = await authorizeSignIn({ email: "Operasyon@cardak.test", password: FIXTURE_PASSWORD }, request);
    expect(claims).toMatchObject({ userId: admin.id });
    const db = await getDb();
    const [after] = await db.select({ lastLoginAt: users.lastLoginAt }).from(users).where(eq(users.id, admin.id));
    expect(after?.lastLoginAt).toBeInstanceOf(Date);
    expect(await auditRows(admin.id)).toEqual([
      { action: "auth.sign_in", ip: "198.51.100.30", requestId: "req-giris" },
    ]);
  });
});

describe("a disabled account", () => {
  it("is named only after the right password; a wrong one gets the generic answer", async () => {
    const user = await insertUser({ id: ids.admin, email: "kapali@cardak.test", role: "admin", disabled: true });
    await expect(authorizeSignIn({ email: user.email, password: FIXTURE_PASSWORD }, request)).rejects.toMatchObject({
      type: "CredentialsSignin",
      code: "account_disabled",
    });
    expect(await authorizeSignIn({ email: user.email, password: "Yanlis-Sifre-2026" }, request)).toBeNull();
    // Both were refused sign-ins: counted and audited like any other failure.
    expect((await auditRows(user.id)).map((row) => row.action)).toEqual(["auth.sign_in_failed", "auth.sign_in_failed"]);
  });
});

describe("open password reset links", () => {
  const attackerForm = (token: string) => ({
    token,
    password: "Saldirgan-Sifre-2026",
    passwordConfirm: "Saldirgan-Sifre-2026",
  });
  const LINK_SPENT = {
    ok: false,
    formError: "Bu bağlantı geçersiz ya da süresi dolmuş. Lütfen yeni bir bağlantı isteyin.",
  };
  async function resetLink(email: string) {
    expect(await forgotPasswordAction(null, { email })).toMatchObject({ ok: true });
    await responseSent();
    const db = await getDb();
    const [mail] = await db
      .select({ data: emails.data })
      .from(emails)
      .where(and(eq(emails.template, "password-reset"), eq(emails.recipient, email)))
      .orderBy(desc(emails.createdAt))
      .limit(1);
    return new URL(String(mail?.data.resetUrl)).pathname.split("/").pop()!;
  }

  it("are spent by a password change", async () => {
    const user = await insertUser({ id: ids.userA, email: "ayse@anadolu.test", role: "admin" });
    const token = await resetLink(user.email);
    await expect(
      changePassword(userCtx(user), { currentPassword: FIXTURE_PASSWORD, newPassword: "Degisen-Sifre-2026" }),
    ).resolves.toBeUndefined();
    expect(await resetPasswordAction(null, attackerForm(token))).toEqual(LINK_SPENT);
    const db = await getDb();
    expect(await verifyCredentials(db, { email: user.email, password: "Degisen-Sifre-2026" })).not.toBeNull();
  });

  it("are spent by Tüm oturumları kapat", async () => {
    const user = await insertUser({ id: ids.userA, email: "ayse@anadolu.test", role: "admin" });
    const token = await resetLink(user.email);
    await signOutEverywhere(userCtx(user));
    expect(await resetPasswordAction(null, attackerForm(token))).toEqual(LINK_SPENT);
    const db = await getDb();
    expect(await verifyCredentials(db, { email: user.email, password: FIXTURE_PASSWORD })).not.toBeNull();
  });
});
