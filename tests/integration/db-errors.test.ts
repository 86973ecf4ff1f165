import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { isUniqueViolation, violatedConstraint } from "@/db/errors";
import { users } from "@/db/schema";

const alice = { email: "ayni@firma.test", name: "Ayşe", passwordHash: "x", role: "admin" as const };

async function caught(work: () => Promise<unknown>): Promise<unknown> {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error("expected the write to fail");
}

describe("database errors, as this engine raises them", () => {
  it("a unique index's refusal is recognised, with the index's name", async () => {
    const db = await getDb();
    await db.insert(users).values(alice);
    const error = await caught(() => db.insert(users).values({ ...alice, email: "AYNI@firma.test" }));
    expect(isUniqueViolation(error)).toBe(true);
    expect(isUniqueViolation(error, "users_email_lower_unique")).toBe(true);
    expect(isUniqueViolation(error, "customers_tax_id_unique")).toBe(false);
    expect(violatedConstraint(error)).toBe("users_email_lower_unique");
  });

  it("inside a transaction too, and a check constraint is not a unique violation", async () => {
    const db = await getDb();
    await db.insert(users).values(alice);
    const duplicate = await caught(() => db.transaction((tx) => tx.insert(users).values(alice)));
    expect(isUniqueViolation(duplicate, "users_email_lower_unique")).toBe(true);
    // A customer user without a customer breaks users_customer_role_check.
    const check = await caught(() => db.insert(users).values({ ...alice, email: "b@firma.test", role: "customer" }));
    expect(isUniqueViolation(check)).toBe(false);
  });
});
