import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { OrderSummary } from "@/components/orders/order-summary";

const base = {
  serviceType: "premium" as const,
  packageCount: 120,
  note: null,
  estimatedUnitPrice: 4250,
  createdAt: new Date("2026-11-02T07:00:00Z"),
  processingStartedAt: null as Date | null,
  completedAt: null as Date | null,
  cancelledAt: null as Date | null,
};

describe("an order's completion", () => {
  it("is the promise before processing and the estimate while packing", () => {
    expect(renderToStaticMarkup(<OrderSummary order={{ ...base, status: "pending" }} />)).toContain(
      "Tahmini tamamlanma",
    );
    const packing = renderToStaticMarkup(
      <OrderSummary order={{ ...base, status: "processing", processingStartedAt: new Date("2026-11-02T08:00:00Z") }} />,
    );
    // Premium: 12 hours after processing started, Istanbul time.
    expect(packing).toMatch(/Tahmini tamamlanma.*02\.11\.2026 23:00/);
  });

  it("is the actual time once completed or cancelled, never labelled an estimate", () => {
    const completed = renderToStaticMarkup(
      <OrderSummary
        order={{
          ...base,
          status: "completed",
          processingStartedAt: new Date("2026-11-02T08:00:00Z"),
          completedAt: new Date("2026-11-02T12:30:00Z"),
        }}
      />,
    );
    expect(completed).not.toContain("Tahmini tamamlanma");
    // The label says what the time is; the value does not say it again ("Tamamlanma: Tamamlandı: …").
    expect(completed).toMatch(/Tamamlanma<\/dt><dd[^>]*>02\.11\.2026 15:30</);
    expect(completed).not.toContain("Tamamlandı:");
    const cancelled = renderToStaticMarkup(
      <OrderSummary order={{ ...base, status: "cancelled", cancelledAt: new Date("2026-11-02T09:00:00Z") }} />,
    );
    expect(cancelled).not.toContain("Tahmini tamamlanma");
    expect(cancelled).toMatch(/İptal tarihi<\/dt><dd[^>]*>02\.11\.2026 12:00</);
    expect(cancelled).not.toContain("İptal edildi:");
  });
});
