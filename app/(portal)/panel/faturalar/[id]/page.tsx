import { Download } from "lucide-react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { InvoiceFacts } from "@/components/billing/invoice-facts";
import { InvoiceLines } from "@/components/billing/invoice-lines";
import { InvoicePaymentSlot } from "@/components/billing/invoice-payment-slot";
import { PageHeader } from "@/components/layout/page-header";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { query } from "@/db";
import { getInvoiceDetail } from "@/db/queries/billing";
import { requireCustomer } from "@/lib/auth/session";
import { INVOICES_PATH, invoicePdfPath } from "@/lib/billing/links";

export const metadata: Metadata = { title: "Fatura" };

/** Another customer's invoice, a draft and an id that does not exist are the same 404. */
export default async function InvoicePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireCustomer();
  const invoice = await query(getInvoiceDetail, { invoiceId: (await params).id, customerId: user.customerId });
  if (!invoice) notFound();
  const open = invoice.status === "sent" || invoice.status === "overdue";
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={`Fatura ${invoice.invoiceNumber ?? ""}`.trim()}
        breadcrumbs={[{ href: INVOICES_PATH, label: "Faturalar" }]}
        actions={
          // A file download, not a page: a plain link, so the browser saves it.
          <a href={invoicePdfPath(invoice.id)} download className={buttonVariants({ variant: "outline" })}>
            <Download aria-hidden="true" />
            PDF indir
          </a>
        }
      />
      <Card aria-labelledby="fatura-ozet">
        <CardTitle id="fatura-ozet">Özet</CardTitle>
        <InvoiceFacts invoice={invoice} now={new Date()} />
        {invoice.status === "cancelled" && invoice.cancelReason && (
          <p className="text-sm">{`İptal nedeni: ${invoice.cancelReason}`}</p>
        )}
      </Card>
      {open && (
        <Card aria-labelledby="fatura-odeme" className="border-amber-300">
          <CardTitle id="fatura-odeme">Ödeme</CardTitle>
          <CardDescription>
            {invoice.status === "overdue"
              ? "Bu faturanın vadesi geçti; lütfen en kısa sürede ödeyin."
              : "Faturayı son ödeme zamanına kadar ödeyin."}
          </CardDescription>
          <InvoicePaymentSlot invoice={invoice} />
        </Card>
      )}
      {invoice.status === "paid" && (
        <Card aria-labelledby="fatura-odendi">
          <CardTitle id="fatura-odendi">Ödeme</CardTitle>
          <InvoicePaymentSlot invoice={invoice} />
        </Card>
      )}
      <Card aria-labelledby="fatura-kalemler">
        <CardTitle id="fatura-kalemler">Kalemler</CardTitle>
        <InvoiceLines lines={invoice.lines} subtotal={invoice.subtotal} kdv={invoice.kdv} total={invoice.total} />
      </Card>
    </div>
  );
}
