import "./helpers/next-mocks";
import { desc, eq, sql } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { createAdminAction, setUserDisabledAction } from "@/app/(admin)/yonetim/kullanicilar/actions";
import { forgotPasswordAction, resetPasswordAction } from "@/app/(auth)/actions";
import { getDb } from "@/db";
import { auditLogs, customers, emails, passwordResetTokens, users } from "@/db/schema";
import { authorizeSignIn, SignInLimitedError } from "@/lib/auth/authorize";
import { checkSession } from "@/lib/auth/credentials";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { resetPassword } from "@/lib/auth/password-reset";
import { recordSignInFailure, takeSignInAttempt } from "@/lib/auth/sign-in-audit";
import { sha256Hex } from "@/lib/tokens";
import { anonymousCtx } from "./helpers/context";
import { verifyCredentials } from "./helpers/credentials";
import { openTestSession } from "./helpers/fixtures";
import { expectRedirect } from "./helpers/redirect";
import { fromAddress, requestHeaders, signInAs } from "./helpers/request";
import { responseSent } from "./helpers/response";

// The real argon2 verification, watched: the timing test below counts the calls and their hashes.
vi.mock("@/lib/auth/password", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/auth/password")>();
  return { ...original, verifyPassword: vi.fn(original.verifyPassword) };
});

const PASSWORD = "Dogru-Sifre-2026";

async function createUser(email: string, options: { role?: "admin" | "customer"; disabled?: boolean } = {}) {
  const db = await getDb();
  let customerId: string | null = null;
  if (options.role === "customer") {
    const [customer] = await db
      .insert(customers)
      .values({
        companyName: "Deneme Ltd",
        taxId: `${Date.now()}${Math.floor(Math.random() * 1000)}`,
        contactName: "Ali",
        email,
        phone: "+905321234567",
      })
      .returning({ id: customers.id });
    customerId = customer!.id;
  }
  const [user] = await db
    .insert(users)
    .values({
      email,
      name: "Deneme Kullanıcı",
      role: options.role ?? "admin",
      customerId,
      passwordHash: await hashPassword(PASSWORD),
      disabled: options.disabled ?? false,
    })
    .returning();
  return user!;
}

async function auditActions(entityId?: string) {
  const db = await getDb();
  const rows = await db
    .select({ action: auditLogs.action, entityId: auditLogs.entityId })
    .from(auditLogs)
    .orderBy(desc(auditLogs.createdAt));
  return rows.filter((row) => !entityId || row.entityId === entityId).map((row) => row.action);
}

/** The hash's algorithm and cost ($argon2id$v=19$m=…,t=…,p=…): what a verification's time depends on. */
const argon2Cost = (hash: string) => hash.split("$").slice(0, 4).join("$");

describe("sign-in", () => {
  it("accepts the right password, case-insensitively by e-mail, and refuses a wrong one", async () => {
    const user = await createUser("Ayse@Firma.com.tr");
    const db = await getDb();
    expect(await verifyCredentials(db, { email: "ayse@firma.com.tr", password: PASSWORD })).toMatchObject({
      userId: user.id,
      role: "admin",
      sessionVersion: 1,
    });
    expect(await verifyCredentials(db, { email: "ayse@firma.com.tr", password: "Yanlis-Sifre-2026" })).toBeNull();
  });

  it("answers an unknown e-mail, a wrong password and a disabled user the same way, in comparable time", async () => {
    const known = await createUser("kayitli@firma.com.tr");
    await createUser("kapali@firma.com.tr", { disabled: true });
    const db = await getDb();
    // The time is argon2's: each path must run exactly one verification, against a hash of the same
    // cost as a real user's, so an unknown e-mail is not faster. Asserted on the mechanism, not on a
    // clock that a loaded machine makes unreliable.
    const verifications = async (attempt: () => Promise<unknown>) => {
      vi.mocked(verifyPassword).mockClear();
      expect(await attempt()).toBeNull();
      return vi.mocked(verifyPassword).mock.calls.map(([hash]) => argon2Cost(hash));
    };
    const realCost = argon2Cost(known.passwordHash);
    expect(realCost).toMatch(/^\$argon2id\$v=19\$m=\d+,t=\d+,p=\d+$/);
    for (const attempt of [
      () => verifyCredentials(db, { email: "yok@firma.com.tr", password: PASSWORD }),
      () => verifyCredentials(db, { email: "kayitli@firma.com.tr", password: "Yanlis-Sifre-2026" }),
      () => verifyCredentials(db, { email: "kapali@firma.com.tr", password: PASSWORD }),
    ]) {
      expect(await verifications(attempt)).toEqual([realCost]);
    }
  });

  it("throttles after 10 failures per e-mail and IP in 15 minutes, and frees them after the window", async () => {
    const attempt = { email: "hedef@firma.com.tr" };
    const ctx = anonymousCtx({ ip: "198.51.100.4" });
    const start = new Date("2026-11-25T10:00:00Z");
    for (let i = 0; i < 10; i++) {
      // Each attempt is counted before its password check; the tenth still gets through.
      expect((await takeSignInAttempt(ctx, attempt, new Date(start.getTime() + i * 1000))).limited).toBe(false);
      await recordSignInFailure(ctx, attempt);
    }
    const limited = await takeSignInAttempt(ctx, attempt, new Date(start.getTime() + 10_000));
    expect(limited).toMatchObject({ limited: true });
    // The same e-mail from another address is not blocked by this attacker.
    const elsewhere = anonymousCtx({ ip: "198.51.100.5" });
    expect((await takeSignInAttempt(elsewhere, attempt, new Date(start.getTime() + 10_000))).limited).toBe(false);
    // Free again once the first failure is older than 15 minutes.
    expect((await takeSignInAttempt(ctx, attempt, new Date(start.getTime() + 15 * 60_000 + 1))).limited).toBe(false);
    expect(await auditActions()).toEqual(Array(10).fill("auth.sign_in_failed"));
  });

  it("throttles an IP after 100 failures in a day, whatever the e-mails", async () => {
    const db = await getDb();
    const ip = "198.51.100.9";
    const now = new Date();
    await db.execute(sql`insert into rate_limit_hits (bucket, key, created_at)
      select 'sign-in:ip', ${ip}, ${now.toISOString()}::timestamptz - (n || ' minutes')::interval from generate_series(1, 100) n`);
    const ctx = anonymousCtx({ ip });
    expect((await takeSignInAttempt(ctx, { email: "yeni@firma.com.tr" }, now)).limited).toBe(true);
    const tomorrow = new Date(now.getTime() + 24 * 3600_000);
    expect((await takeSignInAttempt(ctx, { email: "yeni@firma.com.tr" }, tomorrow)).limited).toBe(false);
  });
});

describe("the credentials check behind every sign-in route", () => {
  it("counts and audits failures, and refuses even the right password once throttled", async () => {
    const user = await createUser("korunan@firma.com.tr");
    const headers = requestHeaders({ ip: "198.51.100.20", requestId: "req-1" });
    expect(await authorizeSignIn({ email: "korunan@firma.com.tr", password: PASSWORD }, headers)).toMatchObject({
      userId: user.id,
    });
    for (let i = 0; i < 10; i++) {
      expect(
        await authorizeSignIn({ email: "korunan@firma.com.tr", password: `Yanlis-${i}-Sifre` }, headers),
      ).toBeNull();
    }
    await expect(
      authorizeSignIn({ email: "korunan@firma.com.tr", password: PASSWORD }, headers),
    ).rejects.toBeInstanceOf(SignInLimitedError);
    // Another address is not locked out by this one.
    const elsewhere = requestHeaders({ ip: "198.51.100.21" });
    expect(await authorizeSignIn({ email: "korunan@firma.com.tr", password: PASSWORD }, elsewhere)).not.toBeNull();
    expect(await auditActions(user.id)).toEqual(Array(10).fill("auth.sign_in_failed"));
    const db = await getDb();
    const [row] = await db.select({ requestId: auditLogs.requestId, ip: auditLogs.ipAddress }).from(auditLogs).limit(1);
    expect(row).toEqual({ requestId: "req-1", ip: "198.51.100.20" });
  });
});

describe("password reset", () => {
  /** "Şifremi unuttum" from 203.0.113.1, as the browser sends it; the link's token from the e-mail. */
  async function requestLink(email: string) {
    fromAddress("203.0.113.1");
    expect(await forgotPasswordAction(null, { email })).toMatchObject({ ok: true });
    await responseSent();
    const db = await getDb();
    const [mail] = await db
      .select()
      .from(emails)
      .where(eq(emails.template, "password-reset"))
      .orderBy(desc(emails.createdAt))
      .limit(1);
    const url = new URL(String(mail?.data.resetUrl));
    return url.pathname.split("/").pop()!;
  }

  it("stores only the token's SHA-256, works once, and ends the user's sessions", async () => {
    const user = await createUser("sifre@firma.com.tr");
    const token = await requestLink("SIFRE@firma.com.tr");
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    const db = await getDb();
    const [stored] = await db.select().from(passwordResetTokens).where(eq(passwordResetTokens.userId, user.id));
    expect(stored?.tokenHash).toBe(sha256Hex(token));
    expect(JSON.stringify(stored)).not.toContain(token);

    const oldSession = await openTestSession(user);
    expect(await checkSession(db, oldSession)).not.toBeNull();

    const form = { token, password: "Yeni-Sifre-2026!", passwordConfirm: "Yeni-Sifre-2026!" };
    await expectRedirect(resetPasswordAction(null, form), "/giris?sifre=yenilendi");
    expect(await verifyCredentials(db, { email: "sifre@firma.com.tr", password: "Yeni-Sifre-2026!" })).not.toBeNull();
    expect(await verifyCredentials(db, { email: "sifre@firma.com.tr", password: PASSWORD })).toBeNull();
    // The session from before the reset is refused on its next request.
    expect(await checkSession(db, oldSession)).toBeNull();
    // A second use of the same link changes nothing.
    const again = { token, password: "Baska-Sifre-2026!", passwordConfirm: "Baska-Sifre-2026!" };
    expect(await resetPasswordAction(null, again)).toEqual({
      ok: false,
      formError: "Bu bağlantı geçersiz ya da süresi dolmuş. Lütfen yeni bir bağlantı isteyin.",
    });
    expect(await verifyCredentials(db, { email: "sifre@firma.com.tr", password: "Yeni-Sifre-2026!" })).not.toBeNull();
    expect(await auditActions(user.id)).toEqual(["auth.reset_done", "auth.reset_requested"]);
  });

  it("expires after 60 minutes", async () => {
    await createUser("sure@firma.com.tr");
    const token = await requestLink("sure@firma.com.tr");
    const issued = new Date();
    const late = new Date(issued.getTime() + 60 * 60_000 + 1);
    await expect(resetPassword(anonymousCtx(), { token, password: "Yeni-Sifre-2026!" }, late)).rejects.toMatchObject({
      code: "RESET_LINK_INVALID",
    });
  });

  it("queues nothing for an unknown e-mail, and limits requests to 5 per e-mail an hour", async () => {
    fromAddress("203.0.113.2");
    for (let i = 0; i < 5; i++) {
      expect(await forgotPasswordAction(null, { email: "yok@firma.com.tr" })).toMatchObject({ ok: true });
    }
    expect(await forgotPasswordAction(null, { email: "yok@firma.com.tr" })).toMatchObject({
      ok: false,
      formError: expect.stringMatching(/^Çok fazla deneme yapıldı/),
    });
    await responseSent();
    const db = await getDb();
    expect(await db.select().from(emails)).toEqual([]);
  });
});

describe("admin actions", () => {
  it("refuse a customer and change nothing", async () => {
    const customer = await createUser("musteri@firma.com.tr", { role: "customer" });
    const target = await createUser("hedef-admin@firma.com.tr");
    signInAs({
      id: customer.id,
      email: customer.email,
      name: customer.name,
      role: "customer",
      customerId: customer.customerId,
    });
    const db = await getDb();
    const before = await db.select().from(users).orderBy(users.email);

    const created = await createAdminAction(null, {
      name: "Sızma",
      email: "sizma@firma.com.tr",
      password: "Cok-Gizli-Sifre-1",
    });
    const disabled = await setUserDisabledAction(null, { userId: target.id, disabled: "true" });

    expect(created).toEqual({ ok: false, formError: "Bu işlem için yetkiniz yok." });
    expect(disabled).toEqual({ ok: false, formError: "Bu işlem için yetkiniz yok." });
    expect(await db.select().from(users).orderBy(users.email)).toEqual(before);
    expect(await auditActions()).toEqual([]);
  });

  it("let an admin create an admin and disable a user, audited, ending the user's sessions", async () => {
    const admin = await createUser("yonetici@firma.com.tr");
    signInAs({ id: admin.id, email: admin.email, name: admin.name, role: "admin", customerId: null });

    const created = await createAdminAction(null, {
      name: "Yeni Yönetici",
      email: "Yeni@Firma.com.tr",
      password: "Yonetici-Sifre-99",
    });
    expect(created).toMatchObject({ ok: true });
    const duplicate = await createAdminAction(null, {
      name: "Tekrar",
      email: "yeni@firma.com.tr",
      password: "Yonetici-Sifre-99",
    });
    expect(duplicate).toMatchObject({
      ok: false,
      fieldErrors: { email: ["Bu e-posta adresiyle bir kullanıcı zaten var"] },
    });
    const common = await createAdminAction(null, {
      name: "Kolay",
      email: "kolay@firma.com.tr",
      password: "1234567890",
    });
    expect(common).toMatchObject({ ok: false, fieldErrors: { password: [expect.stringContaining("yaygın")] } });

    const db = await getDb();
    const [newAdmin] = await db.select().from(users).where(eq(users.email, "yeni@firma.com.tr"));
    expect(newAdmin).toMatchObject({ role: "admin", disabled: false });
    const session = await openTestSession(newAdmin!);

    expect(await setUserDisabledAction(null, { userId: newAdmin!.id, disabled: "true" })).toMatchObject({ ok: true });
    expect(await checkSession(db, session)).toBeNull();
    expect(await verifyCredentials(db, { email: "yeni@firma.com.tr", password: "Yonetici-Sifre-99" })).toBeNull();
    expect(await setUserDisabledAction(null, { userId: admin.id, disabled: "true" })).toMatchObject({ ok: false });
    expect(await auditActions(newAdmin!.id)).toEqual(["user.disabled", "user.created"]);
  });
});
