import { describe, expect, it } from "vitest";
import { renderEmail } from "@/emails";
import { invoiceStatus, INVOICE_STATUSES } from "@/lib/billing/status";
import { lastEndedPeriod, periodKey, periodStartingAt } from "@/lib/billing/period";
import { invoiceStatusEnum } from "@/db/schema";
import { istanbulTime } from "@/lib/dates";
import { isAppError } from "@/lib/errors";

describe("invoice status machine", () => {
  it("is the database enum's list", () => {
    expect(invoiceStatusEnum.enumValues).toEqual([...INVOICE_STATUSES]);
  });

  it("allows draft → sent → paid | overdue | cancelled, overdue → paid | cancelled, and nothing out of paid or cancelled", () => {
    expect(invoiceStatus.next("draft")).toEqual(["sent", "cancelled"]);
    expect(invoiceStatus.next("sent")).toEqual(["paid", "overdue", "cancelled"]);
    expect(invoiceStatus.next("overdue")).toEqual(["paid", "cancelled"]);
    expect(invoiceStatus.isFinal("paid")).toBe(true);
    expect(invoiceStatus.isFinal("cancelled")).toBe(true);
    expect(invoiceStatus.can("overdue", "sent")).toBe(false);
  });

  it("refuses in Turkish with the code INVOICE_INVALID_TRANSITION", () => {
    let error: unknown;
    try {
      invoiceStatus.assert("draft", "paid");
    } catch (caught) {
      error = caught;
    }
    expect(isAppError(error, "INVOICE_INVALID_TRANSITION")).toBe(true);
    expect((error as Error).message).toContain("Taslak bir fatura ödenemez");
  });
});

describe("billing period helpers", () => {
  it("give the last ended period on the 15th at 09:00 and still on the 14th of the next month", () => {
    const jan = { start: istanbulTime(2026, 1, 15), end: istanbulTime(2026, 2, 15) };
    expect(lastEndedPeriod(istanbulTime(2026, 2, 15, 9))).toEqual(jan);
    expect(lastEndedPeriod(istanbulTime(2026, 3, 14, 23, 59))).toEqual(jan);
    expect(lastEndedPeriod(istanbulTime(2026, 1, 10))).toEqual({
      start: istanbulTime(2025, 11, 15),
      end: istanbulTime(2025, 12, 15),
    });
  });

  it("recognise a period only by its exact start, and name it by its Istanbul date", () => {
    expect(periodStartingAt(istanbulTime(2026, 12, 15))).toEqual({
      start: istanbulTime(2026, 12, 15),
      end: istanbulTime(2027, 1, 15),
    });
    expect(periodStartingAt(istanbulTime(2026, 12, 15, 0, 1))).toBeNull();
    expect(periodStartingAt(istanbulTime(2026, 12, 14))).toBeNull();
    // 15.01.2026 00:00 in Istanbul is still the 14th in UTC: the key is Istanbul's date.
    expect(periodKey({ start: istanbulTime(2026, 1, 15), end: istanbulTime(2026, 2, 15) })).toBe("2026-01-15");
  });
});

describe("billing e-mails", () => {
  it("invoice issued: number, total, due time and both links, in HTML and plain text", async () => {
    const rendered = await renderEmail("invoice-issued", {
      name: "Ayşe Yılmaz",
      companyName: "Anadolu Kozmetik Ltd. Şti.",
      invoiceNumber: "CRD2026000000007",
      periodLabel: "15.01.2026 – 15.02.2026",
      total: "₺5.760,00",
      dueAt: "16.02.2026 09:00",
      invoiceUrl: "https://cardak.example/panel/faturalar/abc",
      pdfUrl: "https://cardak.example/panel/faturalar/abc/pdf",
    });
    expect(rendered.subject).toBe("Faturanız kesildi: CRD2026000000007 (₺5.760,00)");
    expect(rendered.html).toContain('href="https://cardak.example/panel/faturalar/abc/pdf"');
    expect(rendered.text).toContain("https://cardak.example/panel/faturalar/abc/pdf");
    expect(rendered.text).toContain("Son ödeme zamanı 16.02.2026 09:00");
    expect(rendered.text).not.toContain("<");
  });

  it("suspended: every unpaid invoice number, and how to come back", async () => {
    const rendered = await renderEmail("account-suspended", {
      name: "Ayşe",
      companyName: "Anadolu Kozmetik",
      invoiceNumbers: ["CRD2026000000001", "CRD2026000000009"],
      total: "₺9.000,00",
      invoicesUrl: "https://cardak.example/panel/faturalar",
    });
    expect(rendered.subject).toBe("Anadolu Kozmetik hesabınız ödenmemiş fatura nedeniyle askıya alındı");
    expect(rendered.text).toContain("CRD2026000000001, CRD2026000000009 numaralı faturalarınız (₺9.000,00)");
    expect(rendered.text).toContain("yeniden açılır");
  });

  it("reminder and overdue notice name the IBAN for a transfer; overdue says when the suspension comes", async () => {
    const common = {
      name: "Ayşe",
      invoiceNumber: "CRD2026000000001",
      total: "₺5.760,00",
      dueAt: "16.02.2026 09:00",
      invoiceUrl: "https://cardak.example/panel/faturalar/abc",
      iban: "TR33 0006 1005 1978 6457 8413 26",
    };
    const reminder = await renderEmail("invoice-reminder", common);
    expect(reminder.text).toContain("IBAN: TR33 0006 1005 1978 6457 8413 26");
    const overdue = await renderEmail("invoice-overdue", {
      ...common,
      companyName: "Anadolu Kozmetik",
      suspensionAt: "17.02.2026 09:00",
    });
    expect(overdue.subject).toBe("Son uyarı: CRD2026000000001 numaralı faturanızın vadesi geçti");
    expect(overdue.text).toContain("17.02.2026 09:00 tarihine kadar ödenmezse Anadolu Kozmetik hesabı askıya alınacak");
  });
});
