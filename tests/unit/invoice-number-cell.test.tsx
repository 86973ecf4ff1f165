import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { invoiceColumns } from "@/components/billing/invoice-columns";

const row = {
  id: "00000000-0000-4000-8000-000000000001",
  invoiceNumber: "CRD2026000000001",
  customerId: "00000000-0000-4000-8000-000000000002",
  companyName: "Yılmaz Butik",
  periodStart: new Date("2026-10-14T21:00:00Z"),
  periodEnd: new Date("2026-11-14T21:00:00Z"),
  total: 576000,
  status: "sent" as const,
  dueAt: null,
  paidAt: null,
};

describe("an invoice number in the list", () => {
  it("wraps on a phone only between the year and the sequence, never inside them", () => {
    const [number] = invoiceColumns({ basePath: "/panel/faturalar" });
    const html = renderToStaticMarkup(<>{number!.cell(row)}</>);
    expect(html).not.toContain("break-all");
    expect(html).toContain("CRD2026<wbr/>000000001");
  });
});
