import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SuspendedBanner } from "@/components/portal/suspended-banner";

describe("the suspension banner's way out", () => {
  it("is paying the invoices when they are why", () => {
    const html = renderToStaticMarkup(<SuspendedBanner reason="non_payment" owes />);
    expect(html).toContain("Faturalarımı öde");
  });

  it("is operations, with their contact, when they suspended the account and nothing is owed", () => {
    const html = renderToStaticMarkup(<SuspendedBanner reason="admin" owes={false} />);
    expect(html).toContain("operasyon ekibimizle iletişime geçin");
    expect(html).toContain('href="mailto:');
    expect(html).not.toContain("Faturalarım");
  });

  it("still leads to the invoices when operations suspended an account that owes some", () => {
    const html = renderToStaticMarkup(<SuspendedBanner reason="admin" owes />);
    expect(html).toContain("operasyon ekibimizle iletişime geçin");
    expect(html).toContain("Faturalarım");
  });
});
