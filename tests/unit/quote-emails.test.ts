import { describe, expect, it } from "vitest";
import { renderEmail, sensitiveFields } from "@/emails";

describe("quote e-mails", () => {
  it("confirm the request to the visitor with its reference, unit price and estimate", async () => {
    const rendered = await renderEmail("quote-received", {
      contactName: "Ayşe Yılmaz",
      companyName: "Örnek Tekstil",
      referenceNumber: "TKF-2026-000042",
      monthlyVolume: "251-500",
      unitPrice: 3500,
      monthlyEstimate: 1312500,
    });
    expect(rendered.subject).toBe("Teklif talebiniz alındı (TKF-2026-000042)");
    expect(rendered.text).toContain("Merhaba Ayşe Yılmaz");
    expect(rendered.text).toContain("₺35,00");
    expect(rendered.text).toContain("₺13.125,00");
  });

  it("tell operations who asked, with the phone readable and a link to the quote", async () => {
    const rendered = await renderEmail("new-quote", {
      referenceNumber: "TKF-2026-000042",
      companyName: "Örnek Tekstil",
      contactName: "Ayşe Yılmaz",
      email: "ayse@ornek.com.tr",
      phone: "+905321234567",
      monthlyVolume: "1000+",
      productTypes: ["Giyim", "Gıda"],
      unitPrice: 2600,
      needsReview: true,
      adminUrl: "https://cardak.example/yonetim/teklifler/abc",
    });
    expect(rendered.subject).toBe("Yeni teklif talebi: Örnek Tekstil (TKF-2026-000042)");
    expect(rendered.text).toContain("0532 123 45 67");
    expect(rendered.text).toContain("Giyim, Gıda");
    expect(rendered.text).toContain("teklif göndermeden önce inceleyin");
    expect(rendered.html).toContain('href="https://cardak.example/yonetim/teklifler/abc"');
  });

  it("carry the offer link, price and validity; the link is removed from the row once sent", async () => {
    const rendered = await renderEmail("offer", {
      contactName: "Ayşe",
      companyName: "Örnek Tekstil",
      referenceNumber: "TKF-2026-000042",
      unitPrice: 3250,
      monthlyEstimate: 1218750,
      validUntil: "09.12.2026",
      note: null,
      offerUrl: "https://cardak.example/teklif/tok3n",
    });
    expect(rendered.html).toContain('href="https://cardak.example/teklif/tok3n"');
    expect(rendered.text).toContain("₺32,50");
    expect(rendered.text).toContain("09.12.2026 tarihine kadar geçerlidir");
    expect(rendered.text).not.toContain("Notumuz");
    expect(sensitiveFields("offer")).toEqual(["offerUrl"]);
  });
});
