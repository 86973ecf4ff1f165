import { describe, expect, it } from "vitest";
import { isUniqueViolation, violatedConstraint } from "@/db/errors";
import { AppError, errorFactory, isAppError } from "@/lib/errors";

describe("application errors", () => {
  const orderError = errorFactory({ ORDER_NOT_FOUND: "Sipariş bulunamadı.", ORDER_LOCKED: "Kilitli." });

  it("carry the code, the Turkish text and the field", () => {
    const error = orderError("ORDER_NOT_FOUND", { field: "orderId" });
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe("ORDER_NOT_FOUND");
    expect(error.userMessage).toBe("Sipariş bulunamadı.");
    expect(error.field).toBe("orderId");
    expect(isAppError(error, "ORDER_NOT_FOUND")).toBe(true);
    expect(isAppError(error, "ORDER_LOCKED")).toBe(false);
    expect(isAppError(new Error("x"))).toBe(false);
  });

  it("carry several fields' texts when more than one field is refused at once", () => {
    const fieldErrors = { email: ["E-posta kayıtlı."], taxId: ["Vergi numarası kayıtlı."] };
    const error = orderError("ORDER_LOCKED", { fieldErrors });
    expect(error.fieldErrors).toEqual(fieldErrors);
    expect(error.field).toBeUndefined();
  });

  it("take a computed text for a case the table cannot word", () => {
    expect(orderError("ORDER_LOCKED", { message: "SP-2026-000001 kilitli." }).userMessage).toBe(
      "SP-2026-000001 kilitli.",
    );
  });
});

describe("unique violations", () => {
  // postgres.js: fields on the error; Drizzle wraps it as `cause`; PGlite names the index `constraint`.
  const postgresJs = Object.assign(new Error("duplicate key"), {
    code: "23505",
    constraint_name: "users_email_lower_unique",
  });
  const wrapped = new Error("Failed query", { cause: postgresJs });
  const pglite = Object.assign(new Error("duplicate key"), {
    code: "23505",
    constraint: "invoices_customer_period_unique",
  });

  it("are recognised on both drivers, wrapped or not, with or without the index's name", () => {
    expect(isUniqueViolation(postgresJs)).toBe(true);
    expect(isUniqueViolation(wrapped, "users_email_lower_unique")).toBe(true);
    expect(isUniqueViolation(wrapped, "other_unique")).toBe(false);
    expect(isUniqueViolation(pglite, "invoices_customer_period_unique")).toBe(true);
    expect(violatedConstraint(wrapped)).toBe("users_email_lower_unique");
  });

  it("are not confused with other database errors or with plain errors", () => {
    expect(isUniqueViolation(Object.assign(new Error("fk"), { code: "23503" }))).toBe(false);
    expect(isUniqueViolation(new Error("boom"))).toBe(false);
    expect(isUniqueViolation(null)).toBe(false);
    expect(violatedConstraint(new Error("boom"))).toBeNull();
  });
});
