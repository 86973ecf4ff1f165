import { describe, expect, it } from "vitest";
import { invoiceStatusEnum } from "@/db/schema/enums";
import { INVOICE_STATUSES, invoiceStatus, OPEN_INVOICE_STATUSES } from "@/lib/billing/status";
import { describeStatusMachine } from "./helpers/status-machine";

// The rule, written out once: every pair not listed here must be refused.
describeStatusMachine("invoice", invoiceStatus, {
  entity: "INVOICE",
  enumValues: invoiceStatusEnum.enumValues,
  labels: {
    draft: "Taslak",
    sent: "Ödeme bekleniyor",
    paid: "Ödendi",
    overdue: "Vadesi geçti",
    cancelled: "İptal edildi",
  },
  allowed: [
    ["draft", "sent"],
    ["sent", "paid"],
    ["sent", "overdue"],
    ["overdue", "paid"],
    // An admin cancels a draft or an unpaid invoice, never a paid one.
    ["draft", "cancelled"],
    ["sent", "cancelled"],
    ["overdue", "cancelled"],
  ],
  words: /fatura/i,
});

describe("invoice status refusals", () => {
  it("keep paid and cancelled invoices as they are, in words a customer understands", () => {
    expect(() => invoiceStatus.assert("paid", "cancelled")).toThrow(
      "Ödenmiş bir fatura değiştirilemez; gerekirse ödemeyi iade edin.",
    );
    expect(() => invoiceStatus.assert("cancelled", "paid")).toThrow("İptal edilmiş bir fatura değiştirilemez.");
    expect(() => invoiceStatus.assert("draft", "paid")).toThrow("Taslak bir fatura ödenemez; önce faturayı kesin.");
    expect(() => invoiceStatus.assert("overdue", "draft")).toThrow("Gönderilmiş bir fatura taslağa döndürülemez.");
    expect(() => invoiceStatus.assert("overdue", "sent")).toThrow(
      'Fatura "Vadesi geçti" durumundan "Ödeme bekleniyor" durumuna geçirilemez.',
    );
  });

  it("end in paid or cancelled, and owe money while sent or overdue", () => {
    expect(INVOICE_STATUSES.filter((status) => invoiceStatus.isFinal(status))).toEqual(["paid", "cancelled"]);
    expect(OPEN_INVOICE_STATUSES).toEqual(["sent", "overdue"]);
  });
});
