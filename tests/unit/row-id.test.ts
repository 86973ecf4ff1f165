import { describe, expect, it } from "vitest";
import { removeUserSchema } from "@/lib/account/schemas";
import { auditLogList } from "@/lib/audit-log/filters";
import { endSessionSchema, setUserDisabledSchema } from "@/lib/auth/schemas";
import { adminInvoiceList } from "@/lib/billing/filters";
import { finalizeInvoiceSchema } from "@/lib/billing/schemas";
import { customerIdSchema } from "@/lib/customers/schemas";
import { adminOrderList } from "@/lib/orders/filters";
import { adminCreateOrderSchema, cancelOrderSchema } from "@/lib/orders/schemas";
import { startCardPaymentSchema } from "@/lib/payments/schemas";
import { isRowId } from "@/lib/row-id";

// A uuid PostgreSQL stores and reads like any other, without an RFC version or variant: rows not made
// by gen_random_uuid() (imported, or the volume seed's md5() ids) have such ids.
const VERSIONLESS = "a9f7e979-65d6-cf79-9a52-9102a973b8b9";
const RANDOM = "0a000000-0000-4000-8000-00000000000a";

describe("row ids", () => {
  it("are any 8-4-4-4-12 hex uuid, and nothing else", () => {
    for (const id of [VERSIONLESS, RANDOM, RANDOM.toUpperCase()]) expect(isRowId(id)).toBe(true);
    for (const id of [
      "",
      "1",
      `${RANDOM} `,
      `${RANDOM}0`,
      "'; drop table invoices; --",
      "zzzzzzzz-0000-4000-8000-000000000000",
    ]) {
      expect(isRowId(id)).toBe(false);
    }
  });

  it("name a row in every form and action, whoever made the row", () => {
    for (const id of [VERSIONLESS, RANDOM]) {
      expect(startCardPaymentSchema.safeParse({ invoiceId: id }).success).toBe(true);
      expect(finalizeInvoiceSchema.safeParse({ invoiceId: id }).success).toBe(true);
      expect(customerIdSchema.safeParse({ customerId: id }).success).toBe(true);
      expect(adminCreateOrderSchema.safeParse({ customerId: id, packageCount: "3" }).success).toBe(true);
      expect(cancelOrderSchema.safeParse({ orderId: id }).success).toBe(true);
      expect(removeUserSchema.safeParse({ userId: id }).success).toBe(true);
      expect(setUserDisabledSchema.safeParse({ userId: id, disabled: "true" }).success).toBe(true);
      expect(endSessionSchema.safeParse({ sessionId: id }).success).toBe(true);
    }
    expect(startCardPaymentSchema.safeParse({ invoiceId: "1" }).error?.issues[0]?.message).toBe("Fatura bulunamadı.");
  });

  it("keep a list's filter by customer or user (a dropped filter would show every row under its name)", () => {
    expect(adminOrderList.parse({ musteri: VERSIONLESS }).customerId).toBe(VERSIONLESS);
    expect(adminInvoiceList.parse({ musteri: VERSIONLESS }).customerId).toBe(VERSIONLESS);
    expect(auditLogList.parse({ kullanici: VERSIONLESS }).actorUserId).toBe(VERSIONLESS);
    expect(adminOrderList.parse({ musteri: "x" }).customerId).toBeUndefined();
  });
});
