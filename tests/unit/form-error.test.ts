import { describe, expect, it } from "vitest";
import { formErrorStill } from "@/components/forms/form-error";

const FIX = "Lütfen işaretli alanları düzeltin.";
const refused = {
  ok: false as const,
  formError: FIX,
  fieldErrors: { email: ["E-posta girin"], phone: ["Telefon girin"] },
};

describe("the message at the top of a refused form", () => {
  it("is none before an answer and after a success", () => {
    expect(formErrorStill(null, () => undefined)).toBeUndefined();
    expect(formErrorStill({ ok: true, data: undefined }, () => undefined)).toBeUndefined();
  });

  it("stays while any field it named is still marked", () => {
    expect(formErrorStill(refused, (name) => (name === "phone" ? "Telefon girin" : undefined))).toBe(FIX);
    expect(formErrorStill(refused, (name) => refused.fieldErrors[name as "email"]?.[0])).toBe(FIX);
  });

  it("goes once none of the fields it named is marked", () => {
    expect(formErrorStill(refused, () => undefined)).toBeUndefined();
  });

  it("stays when it names no field: the service, the session, a suspended account", () => {
    const down = { ok: false as const, formError: "Hizmet şu anda yanıt vermiyor." };
    expect(formErrorStill(down, () => undefined)).toBe(down.formError);
    expect(formErrorStill({ ...down, fieldErrors: {} }, () => undefined)).toBe(down.formError);
  });
});
