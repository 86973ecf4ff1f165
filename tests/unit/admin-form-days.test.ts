import { describe, expect, it } from "vitest";
import { bankTransferFormSchema } from "@/lib/billing/schemas";
import { VOLUME_RANGES } from "@/lib/pricing";
import { PRICING_FIELDS, pricingFormSchema } from "@/lib/pricing-admin/schemas";

const invoiceId = "0b8f2d35-6f1a-4c3e-9a51-2d7c8e4f1a90";

/** The field errors a schema gives, by field. */
function errors(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));
}

describe("the days the admin forms check in the browser, before their question", () => {
  it("takes a transfer's day between the invoice's issue day and today, and no other", () => {
    const schema = bankTransferFormSchema({ today: "2026-11-29", issuedOn: "2026-11-16" });
    const transfer = (paidOn: string) => schema.safeParse({ invoiceId, paidOn, reference: "EFT-123" });
    for (const day of ["2026-11-16", "2026-11-20", "2026-11-29"]) expect(transfer(day).success).toBe(true);
    expect(errors(transfer("2026-11-30"))).toEqual({ paidOn: "Ödeme tarihi bugünden sonra olamaz." });
    expect(errors(transfer("2026-11-15"))).toEqual({
      paidOn: "Ödeme tarihi faturanın kesildiği günden önce olamaz.",
    });
    // A draft has no issue day: only today bounds it.
    expect(
      bankTransferFormSchema({ today: "2026-11-29", issuedOn: null }).safeParse({
        invoiceId,
        paidOn: "2020-01-01",
        reference: "EFT-123",
      }).success,
    ).toBe(true);
  });

  it("takes a price version from today on, and refuses a past day on its field", () => {
    const schema = pricingFormSchema("2026-11-29");
    const form = (effectiveDate: string) => ({
      effectiveDate,
      premiumSurcharge: "5",
      ...Object.fromEntries(
        VOLUME_RANGES.flatMap((_, index) => [
          [PRICING_FIELDS.unitPriceKey(index), "40"],
          [PRICING_FIELDS.storageChargeKey(index), "0"],
        ]),
      ),
    });
    expect(schema.safeParse(form("2026-11-29")).data?.effectiveDate).toBe("2026-11-29");
    expect(schema.safeParse(form("2027-01-15")).success).toBe(true);
    expect(errors(schema.safeParse(form("2026-11-28")))).toEqual({
      effectiveDate: "Yürürlük tarihi bugün ya da daha sonraki bir gün olmalı.",
    });
  });
});
