import "./helpers/next-mocks";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { auditLogs, users } from "@/db/schema";
import { authorizeSignIn } from "@/lib/auth/authorize";
import { hashPassword } from "@/lib/auth/password";
import { requestHeaders } from "./helpers/request";

const PASSWORD = "Dogru-Sifre-2026";

async function createUser(email: string) {
  const db = await getDb();
  const [user] = await db
    .insert(users)
    .values({ email, name: "Deneme", role: "admin", passwordHash: await hashPassword(PASSWORD) })
    .returning();
  return user!;
}

/** Failures that reached the password check: each one writes its audit row after the check. */
async function checkedFailures(): Promise<number> {
  const db = await getDb();
  return (await db.select().from(auditLogs).where(eq(auditLogs.action, "auth.sign_in_failed"))).length;
}

const attempt = (email: string, password: string, ip: string) =>
  authorizeSignIn({ email, password }, requestHeaders({ ip })).then(
    (claims) => (claims ? "signed-in" : "refused"),
    () => "limited",
  );

describe("failed sign-ins per e-mail, whatever the addresses", () => {
  it("stop after 50 in an hour even when every try comes from another address, right password included", async () => {
    await createUser("hedef@firma.com.tr");
    for (let batch = 0; batch < 5; batch++) {
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          attempt("hedef@firma.com.tr", "Yanlis-Sifre-1", `198.51.${batch}.${i + 1}`),
        ),
      );
      expect(results).toEqual(Array(10).fill("refused"));
    }
    expect(await attempt("hedef@firma.com.tr", PASSWORD, "198.51.100.200")).toBe("limited");
    expect(await checkedFailures()).toBe(50);
    // Another account is not touched by this.
    await createUser("baska@firma.com.tr");
    expect(await attempt("baska@firma.com.tr", PASSWORD, "198.51.100.200")).toBe("signed-in");
  });

  it("do not count successful sign-ins", async () => {
    await createUser("sik@firma.com.tr");
    for (let i = 0; i < 12; i++) expect(await attempt("sik@firma.com.tr", PASSWORD, "198.51.100.7")).toBe("signed-in");
  });
});

describe("the sign-in limit under parallel attempts", () => {
  it("lets at most 10 of 40 parallel wrong passwords from one address reach the password check", async () => {
    await createUser("yaris@firma.com.tr");
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => attempt("yaris@firma.com.tr", `Yanlis-${i}-Sifre`, "198.51.100.60")),
    );
    expect(await checkedFailures()).toBe(10);
    expect(results.filter((result) => result === "refused")).toHaveLength(10);
    expect(results.filter((result) => result === "limited")).toHaveLength(30);
  });
});
