import { describe, expect, it } from "vitest";
import { invoiceStatusEnum } from "@/db/schema/enums";
import { INVOICE_STATUSES, invoiceStatus, UNPAID_INVOICE_STATUSES } from "@/lib/billing/status";
import { describeTransitions } from "./helpers/transitions";

describe("invoice statuses", () => {
  it("are the same as the database enum's", () => {
    expect([...INVOICE_STATUSES]).toEqual([...invoiceStatusEnum.enumValues]);
    expect(invoiceStatus.transitionCode).toBe("INVOICE_INVALID_TRANSITION");
  });

  it("owe money while sent or overdue, and only then", () => {
    expect(UNPAID_INVOICE_STATUSES).toEqual(["sent", "overdue"]);
  });
});

// The rule, written out once: every pair not listed here must be refused.
describeTransitions(
  "invoice",
  invoiceStatus,
  [
    ["draft", "sent"],
    ["sent", "paid"],
    ["sent", "overdue"],
    ["overdue", "paid"],
    // An admin cancels a draft or an unpaid invoice, never a paid one.
    ["draft", "cancelled"],
    ["sent", "cancelled"],
    ["overdue", "cancelled"],
  ],
  /fatura/i,
);

describe("invoice status refusals", () => {
  it("keep paid and cancelled invoices as they are, in words a customer understands", () => {
    expect(() => invoiceStatus.assert("paid", "cancelled")).toThrow("Ödenmiş bir fatura değiştirilemez.");
    expect(() => invoiceStatus.assert("cancelled", "paid")).toThrow("İptal edilmiş bir fatura değiştirilemez.");
    expect(() => invoiceStatus.assert("draft", "paid")).toThrow("Taslak bir fatura önce gönderilmelidir.");
    expect(() => invoiceStatus.assert("overdue", "draft")).toThrow("Gönderilmiş bir fatura taslağa döndürülemez.");
    expect(() => invoiceStatus.assert("overdue", "sent")).toThrow(
      'Fatura "Gecikmiş" durumundan "Gönderildi" durumuna geçirilemez.',
    );
  });

  it("ends in paid or cancelled", () => {
    expect(INVOICE_STATUSES.filter((status) => invoiceStatus.isFinal(status))).toEqual(["paid", "cancelled"]);
  });

  it.each([
    ["draft", "Taslak"],
    ["sent", "Gönderildi"],
    ["paid", "Ödendi"],
    ["overdue", "Gecikmiş"],
    ["cancelled", "İptal edildi"],
  ] as const)("shows %s as %s", (status, label) => {
    expect(invoiceStatus.label(status)).toBe(label);
  });
});
