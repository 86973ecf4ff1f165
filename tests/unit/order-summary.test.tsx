import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { OrderSummary } from "@/components/orders/order-summary";
import { OrderTable } from "@/components/orders/order-table";

/** Before every estimate below: nothing is late. */
const NOW = new Date("2026-11-02T09:00:00Z");

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
    expect(
      renderToStaticMarkup(<OrderSummary order={{ ...base, status: "pending" }} now={NOW} audience="customer" />),
    ).toContain("Tahmini tamamlanma");
    const packing = renderToStaticMarkup(
      <OrderSummary
        order={{ ...base, status: "processing", processingStartedAt: new Date("2026-11-02T08:00:00Z") }}
        now={NOW}
        audience="customer"
      />,
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
        now={NOW}
        audience="customer"
      />,
    );
    expect(completed).not.toContain("Tahmini tamamlanma");
    // The label says what the time is; the value does not say it again ("Tamamlanma: Tamamlandı: …").
    expect(completed).toMatch(/Tamamlanma<\/dt><dd[^>]*>02\.11\.2026 15:30</);
    expect(completed).not.toContain("Tamamlandı:");
    const cancelled = renderToStaticMarkup(
      <OrderSummary
        order={{ ...base, status: "cancelled", cancelledAt: new Date("2026-11-02T09:00:00Z") }}
        now={NOW}
        audience="customer"
      />,
    );
    expect(cancelled).not.toContain("Tahmini tamamlanma");
    expect(cancelled).toMatch(/İptal tarihi<\/dt><dd[^>]*>02\.11\.2026 12:00</);
    expect(cancelled).not.toContain("İptal edildi:");
  });
});

describe("a late order", () => {
  // Premium, processing since 02.11.2026 11:00 Istanbul: promised by 23:00.
  const packing = { ...base, status: "processing" as const, processingStartedAt: new Date("2026-11-02T08:00:00Z") };
  const estimate = new Date("2026-11-02T20:00:00Z");
  const after = new Date(estimate.getTime() + 1);

  it("keeps its status label and says, in words, that it is late and since when", () => {
    const customer = renderToStaticMarkup(<OrderSummary order={packing} now={after} audience="customer" />);
    expect(customer).toContain(">İşleniyor<");
    expect(customer).toMatch(/Gecikti/);
    expect(customer).toContain("Tahmini tamamlanma 02.11.2026 23:00 idi; gecikme için özür dileriz.");
    const operations = renderToStaticMarkup(<OrderSummary order={packing} now={after} audience="operations" />);
    expect(operations).toContain("Tahmini tamamlanma 02.11.2026 23:00 idi; müşteriye söz verilen süre aşıldı.");
    expect(operations).not.toContain("özür");
  });

  it("is not marked exactly at its estimate, nor once completed", () => {
    const atEstimate = renderToStaticMarkup(<OrderSummary order={packing} now={estimate} audience="customer" />);
    expect(atEstimate).not.toContain("Gecikti");
    const completed = renderToStaticMarkup(
      <OrderSummary
        order={{ ...packing, status: "completed", completedAt: new Date("2026-11-03T08:00:00Z") }}
        now={after}
        audience="customer"
      />,
    );
    expect(completed).not.toContain("Gecikti");
  });

  it("is marked beside its status in the order list", () => {
    const row = { ...packing, id: "o1", orderNumber: "SP-2026-000001", companyName: "Firma" };
    const list = {
      path: "/panel/siparisler",
      params: {},
      page: 1,
      pageCount: 1,
      total: 2,
      pageSize: 20,
      filtered: false,
    };
    const html = renderToStaticMarkup(
      <OrderTable
        rows={[
          row,
          { ...row, id: "o2", orderNumber: "SP-2026-000002", processingStartedAt: new Date("2026-11-02T12:00:00Z") },
        ]}
        now={after}
        list={list}
        basePath="/panel/siparisler"
        empty={{ title: "Yok" }}
      />,
    );
    const cells = [...html.matchAll(/<td data-label="Durum"[^>]*>(.*?)<\/td>/g)].map((match) => match[1]!);
    expect(cells).toHaveLength(2);
    expect(cells[0]).toMatch(/İşleniyor.*Gecikti/);
    expect(cells[1]).toContain("İşleniyor");
    expect(cells[1]).not.toContain("Gecikti");
  });
});
