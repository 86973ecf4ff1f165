import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { failedAttemptMessage } from "@/components/payments/failed-attempt";
import { PaymentNotice } from "@/components/payments/payment-notice";

vi.mock("next/navigation", () => ({ useSearchParams: () => new URLSearchParams("odeme=basarisiz") }));
vi.mock("@/components/ui/toaster", () => ({ showToast: vi.fn() }));

describe("a declined card payment", () => {
  it("is said in whole sentences, with the bank's reason", () => {
    expect(failedAttemptMessage("yetersiz bakiye")).toBe(
      "Son kartlı ödeme denemesi başarısız oldu: yetersiz bakiye. Kartınızdan para çekilmedi; yeniden deneyebilirsiniz.",
    );
    expect(failedAttemptMessage("Kart reddedildi.")).toBe(
      "Son kartlı ödeme denemesi başarısız oldu: Kart reddedildi. Kartınızdan para çekilmedi; yeniden deneyebilirsiniz.",
    );
    expect(failedAttemptMessage(null)).toBe(
      "Son kartlı ödeme denemesi onaylanmadı. Kartınızdan para çekilmedi; yeniden deneyebilirsiniz.",
    );
  });

  it("is one alert on the page: the callback's notice gives way to the attempt's, which names the reason", () => {
    expect(renderToStaticMarkup(<PaymentNotice failedAttemptShown />)).toBe("");
    expect(renderToStaticMarkup(<PaymentNotice failedAttemptShown={false} />)).toContain("Kartla ödeme tamamlanamadı");
  });
});
