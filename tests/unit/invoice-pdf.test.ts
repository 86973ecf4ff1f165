import { describe, expect, it } from "vitest";
import { renderInvoicePdf } from "@/lib/billing/pdf/render";
import type { IssuedInvoiceDocument } from "@/lib/billing/pdf/invoice-document";
import { pdfText } from "../fixtures/pdf-text";

const invoice: IssuedInvoiceDocument = {
  invoiceNumber: "CRD2026000000042",
  ettn: "6f1c2b9e-3d4a-4c5b-8e7f-0a1b2c3d4e5f",
  status: "sent",
  periodStart: new Date("2026-01-14T21:00:00Z"),
  periodEnd: new Date("2026-02-14T21:00:00Z"),
  issuedAt: new Date("2026-02-15T06:00:00Z"),
  dueAt: new Date("2026-02-16T06:00:00Z"),
  paidAt: null,
  cancelReason: null,
  seller: {
    name: "Çardak Paketleme Ltd. Şti.",
    address: "Atatürk Mah. Depo Cad. No: 12, 34522 Esenyurt / İstanbul",
    taxOffice: "Esenyurt",
    taxId: "1234567890",
    iban: "TR33 0006 1005 1978 6457 8413 26",
  },
  buyer: {
    name: "Işıklı Güzellik Ürünleri A.Ş.",
    address: "Çiçek Sok. No: 3, Üsküdar, İstanbul",
    taxOffice: "Üsküdar",
    taxId: "12345678901",
  },
  lines: [
    {
      position: 1,
      description: "Paketleme hizmeti (101-250 paket kademesi, standart)",
      quantity: 120,
      unitPrice: 4000,
      amount: 480000,
    },
  ],
  subtotal: 480000,
  kdv: 96000,
  total: 576000,
};

describe("the invoice PDF", () => {
  it("prints seller, buyer, number, ETTN, dates, lines, KDV, total and the amount in words, Turkish letters intact", async () => {
    const pdf = await renderInvoicePdf(invoice);
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe("%PDF-");
    const text = await pdfText(pdf);
    for (const expected of [
      "Çardak Paketleme Ltd. Şti.",
      "Vergi dairesi: Esenyurt",
      "VKN: 1234567890",
      "IBAN: TR33 0006 1005 1978 6457 8413 26",
      "Işıklı Güzellik Ürünleri A.Ş.",
      "Çiçek Sok. No: 3, Üsküdar, İstanbul",
      "Vergi dairesi: Üsküdar",
      "TCKN: 12345678901",
      "CRD2026000000042",
      "6f1c2b9e-3d4a-4c5b-8e7f-0a1b2c3d4e5f",
      "15.02.2026 09:00",
      "15.01.2026 – 15.02.2026",
      "16.02.2026 09:00",
      "Paketleme hizmeti (101-250 paket kademesi, standart)",
      "₺40,00",
      "₺4.800,00",
      "KDV (%20)",
      "₺960,00",
      "₺5.760,00",
      "YALNIZ BEŞBİNYEDİYÜZALTMIŞ TÜRK LİRASI SIFIR KURUŞ",
    ]) {
      expect(text).toContain(expected);
    }
  });

  it("says so on a cancelled invoice, with the reason, and on a paid one", async () => {
    const cancelled = await pdfText(
      await renderInvoicePdf({ ...invoice, status: "cancelled", cancelReason: "Hatalı düzenlendi" }),
    );
    expect(cancelled).toContain("Bu fatura iptal edilmiştir. Neden: Hatalı düzenlendi");
    const paid = await pdfText(
      await renderInvoicePdf({ ...invoice, status: "paid", paidAt: new Date("2026-02-15T12:00:00Z") }),
    );
    expect(paid).toContain("Ödendi: 15.02.2026");
  });
});
