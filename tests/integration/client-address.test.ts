import "./helpers/next-mocks";
import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { submitQuoteAction } from "@/app/(marketing)/teklif-al/actions";
import { getDb } from "@/db";
import { auditLogs, users } from "@/db/schema";
import { authorizeSignIn } from "@/lib/auth/authorize";
import { hashPassword } from "@/lib/auth/password";
import { resetEnvCache } from "@/lib/env";
import { quoteForm } from "./helpers/quotes";
import { fromAddress, requestHeaders } from "./helpers/request";

const PASSWORD = "Dogru-Sifre-2026";

async function createUser(email: string) {
  const db = await getDb();
  const [user] = await db
    .insert(users)
    .values({ email, name: "Deneme", role: "admin", passwordHash: await hashPassword(PASSWORD) })
    .returning();
  return user!;
}

async function quoteAuditAddress(): Promise<string | null | undefined> {
  const db = await getDb();
  const [row] = await db
    .select({ ip: auditLogs.ipAddress })
    .from(auditLogs)
    .where(eq(auditLogs.action, "quote.submitted"))
    .limit(1);
  return row?.ip;
}

function trustProxies(count: string | undefined) {
  if (count === undefined) delete process.env.TRUSTED_PROXIES;
  else process.env.TRUSTED_PROXIES = count;
  resetEnvCache();
}

afterEach(() => trustProxies(undefined));

describe("the client's address, talking to the app directly", () => {
  it("is the socket's: a client-sent X-Forwarded-For changes neither the sign-in limit nor the audit row", async () => {
    await createUser("hedef@firma.com.tr");
    for (let i = 0; i < 10; i++) {
      const headers = requestHeaders({ ip: "198.51.100.30", forwardedFor: `10.9.${i}.1` });
      expect(await authorizeSignIn({ email: "hedef@firma.com.tr", password: `Yanlis-${i}-Sifre` }, headers)).toBeNull();
    }
    // The eleventh try, with yet another forged header and the right password, is still refused.
    const eleventh = requestHeaders({ ip: "198.51.100.30", forwardedFor: "10.9.99.1" });
    await expect(authorizeSignIn({ email: "hedef@firma.com.tr", password: PASSWORD }, eleventh)).rejects.toThrow();

    const db = await getDb();
    const rows = await db.select({ ip: auditLogs.ipAddress }).from(auditLogs);
    expect(rows).toHaveLength(10);
    expect(new Set(rows.map((row) => row.ip))).toEqual(new Set(["198.51.100.30"]));
  });

  it("ignores a forged copy of the server's own address header", async () => {
    fromAddress("198.51.100.31", "10.0.0.1");
    const forged = requestHeaders({ ip: "198.51.100.31", sent: { "x-cardak-peer-address": "10.0.0.2" } });
    expect(forged.get("x-cardak-peer-address")).toBe("198.51.100.31");
    expect((await submitQuoteAction(null, quoteForm())).ok).toBe(true);
    expect(await quoteAuditAddress()).toBe("198.51.100.31");
  });

  it("keys the limits of an IPv6 client on its /64 network, which one client controls whole", async () => {
    for (let i = 0; i < 5; i++) {
      fromAddress(`2001:db8:1:2::${(i + 1).toString(16)}`);
      expect((await submitQuoteAction(null, quoteForm({ email: `kisi${i}@firma.com.tr` }))).ok).toBe(true);
    }
    fromAddress("2001:db8:1:2:ffff:ffff:ffff:fffe");
    expect((await submitQuoteAction(null, quoteForm({ email: "altinci@firma.com.tr" }))).ok).toBe(false);
    fromAddress("2001:db8:1:3::1");
    expect((await submitQuoteAction(null, quoteForm({ email: "komsu@firma.com.tr" }))).ok).toBe(true);
  });
});

describe("the client's address behind trusted proxies", () => {
  it("is the one the outermost trusted proxy saw, whatever the client put in front of it", async () => {
    trustProxies("2");
    // client (forged 6.6.6.6) → proxy A sees 203.0.113.50 → proxy B sees A (10.0.0.2) → app sees B (10.0.0.3)
    fromAddress("10.0.0.3", "6.6.6.6, 203.0.113.50, 10.0.0.2");
    expect((await submitQuoteAction(null, quoteForm())).ok).toBe(true);
    expect(await quoteAuditAddress()).toBe("203.0.113.50");
  });

  it("is the peer itself without proxies, even when a proxy-like header arrives", async () => {
    trustProxies("0");
    fromAddress("198.51.100.40", "203.0.113.50, 10.0.0.2");
    expect((await submitQuoteAction(null, quoteForm())).ok).toBe(true);
    expect(await quoteAuditAddress()).toBe("198.51.100.40");
  });
});
