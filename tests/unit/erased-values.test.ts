import { describe, expect, it } from "vitest";
import { PERSONAL_AUDIT_KEYS, withoutPersonalValues } from "@/lib/customers/erased-values";

const ERASED = "Silindi (KVKK)";

describe("withoutPersonalValues", () => {
  it("replaces the personal keys' values and keeps the rest", () => {
    const before = { contactName: "Ayşe Yılmaz", email: "ayse@anadolu.test", status: "active", total: 12_345 };
    expect(withoutPersonalValues(before, PERSONAL_AUDIT_KEYS, ERASED)).toEqual({
      value: { contactName: ERASED, email: ERASED, status: "active", total: 12_345 },
      changed: true,
    });
    // The input is not changed in place.
    expect(before.email).toBe("ayse@anadolu.test");
  });

  it("reaches nested objects and arrays", () => {
    const after = { people: [{ name: "Mehmet", role: "customer" }], contact: { phone: "+905321234567" } };
    expect(withoutPersonalValues(after, PERSONAL_AUDIT_KEYS, ERASED).value).toEqual({
      people: [{ name: ERASED, role: "customer" }],
      contact: { phone: ERASED },
    });
  });

  it("keeps null and empty values, and says when nothing changed", () => {
    const row = { address: null, phone: "", status: "inactive" };
    const result = withoutPersonalValues(row, PERSONAL_AUDIT_KEYS, ERASED);
    expect(result).toEqual({ value: row, changed: false });
    expect(result.value).toBe(row);
    expect(withoutPersonalValues(null, PERSONAL_AUDIT_KEYS, ERASED)).toEqual({ value: null, changed: false });
    // Already erased: a second pass changes nothing.
    expect(withoutPersonalValues({ email: ERASED }, PERSONAL_AUDIT_KEYS, ERASED).changed).toBe(false);
  });
});
