import { describe, expect, it } from "vitest";
import { renderEmail } from "@/emails";

const contact = { contactEmail: "destek@cardak.example", contactPhone: "+90 212 555 01 00" };

describe("the e-mails of an account suspended or reopened by operations", () => {
  it("suspended by operations: by whom, no new orders, still sign in and pay, whom to ask", async () => {
    const rendered = await renderEmail("account-suspended-by-operations", {
      name: "Ayşe",
      companyName: "Anadolu Kozmetik",
      panelUrl: "https://cardak.example/panel",
      ...contact,
    });
    expect(rendered.subject).toBe("Anadolu Kozmetik hesabınız askıya alındı");
    expect(rendered.text).toContain("Merhaba Ayşe");
    expect(rendered.text).toContain(
      "Anadolu Kozmetik hesabınız Çardak Paketleme operasyon ekibi tarafından askıya alındı.",
    );
    expect(rendered.text).toContain("yeni sipariş oluşturamazsınız");
    expect(rendered.text).toContain("giriş yapmaya devam edebilir, faturalarınızı görüntüleyip ödeyebilirsiniz");
    expect(rendered.text).toContain("operasyon ekibimizle iletişime geçin");
    expect(rendered.html).toContain('href="https://cardak.example/panel"');
    expect(rendered.html).toContain('href="mailto:destek@cardak.example"');
    expect(rendered.html).toContain('href="tel:+902125550100"');
    expect(rendered.text).toContain("+90 212 555 01 00");
    // Paying alone does not end this suspension: billing's promise is not repeated here.
    expect(rendered.text).not.toContain("kendiliğinden");
    expect(rendered.text).not.toContain("<");
  });

  it("refuses a suspension e-mail without operations' contact", async () => {
    await expect(
      renderEmail("account-suspended-by-operations", {
        name: "Ayşe",
        companyName: "Anadolu Kozmetik",
        panelUrl: "https://cardak.example/panel",
      }),
    ).rejects.toThrow();
  });

  it("reopened: says who reopened it, operations or (as billing queues it, and rows stored before read) the payment", async () => {
    const data = { name: "Ayşe", companyName: "Anadolu Kozmetik", panelUrl: "https://cardak.example/panel" };
    const byOperations = await renderEmail("account-reactivated", { ...data, by: "operations" });
    expect(byOperations.subject).toBe("Anadolu Kozmetik hesabınız yeniden etkin");
    expect(byOperations.text).toContain(
      "Anadolu Kozmetik hesabınız Çardak Paketleme operasyon ekibi tarafından yeniden etkinleştirildi.",
    );
    expect(byOperations.text).toContain("Yeni siparişlerinizi her zamanki gibi oluşturabilirsiniz.");
    expect(byOperations.text).not.toContain("ödendi");
    expect(byOperations.html).toContain('href="https://cardak.example/panel"');

    const byPayment = await renderEmail("account-reactivated", data);
    expect(byPayment.text).toContain(
      "Vadesi geçen faturalarınız ödendi ve Anadolu Kozmetik hesabı yeniden etkinleştirildi.",
    );
    expect(byPayment.text).not.toContain("operasyon ekibi tarafından");
    expect(byPayment.text).not.toContain("henüz ödenmedi");
  });

  it("reopened by operations with invoices still overdue: how many, their total, and where to pay", async () => {
    const rendered = await renderEmail("account-reactivated", {
      name: "Ayşe",
      companyName: "Anadolu Kozmetik",
      panelUrl: "https://cardak.example/panel",
      by: "operations",
      overdue: {
        count: 2,
        total: "₺1.228,14",
        invoicesUrl: "https://cardak.example/panel/faturalar",
        iban: "TR33 0006 1005 1978 6457 8413 26",
      },
    });
    expect(rendered.text).toContain("Vadesi geçmiş 2 faturanız (toplam ₺1.228,14) henüz ödenmedi.");
    expect(rendered.text).toContain("IBAN: TR33 0006 1005 1978 6457 8413 26");
    expect(rendered.html).toContain('href="https://cardak.example/panel/faturalar"');
    expect(rendered.text).toContain("Faturalarımı gör");
  });
});
