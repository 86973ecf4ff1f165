import { Download } from "lucide-react";
import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { AdminInvoicePaymentsSlot } from "@/components/billing/admin-invoice-payments-slot";
import { InvoiceFacts } from "@/components/billing/invoice-facts";
import { InvoiceHistory } from "@/components/billing/invoice-history";
import { InvoiceLines } from "@/components/billing/invoice-lines";
import { PageHeader } from "@/components/layout/page-header";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { query } from "@/db";
import { getInvoiceDetail, listInvoiceHistory } from "@/db/queries/billing";
import { requireAdmin } from "@/lib/auth/session";
import { ADMIN_INVOICES_PATH } from "@/lib/billing/filters";
import { invoicePdfPath } from "@/lib/billing/links";
import { istanbulDateKey } from "@/lib/dates";
import { InvoiceActions } from "./invoice-actions";

export const metadata: Metadata = { title: "Fatura" };

export default async function AdminInvoicePage({ params }: { params: Promise<{ id: string }> }) {
  // Checked here, not only in the layout: a client-side move between admin pages renders the page alone.
  await requireAdmin();
  const invoiceId = (await params).id;
  const [invoice, history] = await Promise.all([
    query(getInvoiceDetail, { invoiceId, customerId: null }),
    query(listInvoiceHistory, { invoiceId }),
  ]);
  if (!invoice) notFound();
  const now = new Date();
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={invoice.invoiceNumber ? `Fatura ${invoice.invoiceNumber}` : "Taslak fatura"}
        breadcrumbs={[{ href: ADMIN_INVOICES_PATH, label: "Faturalar" }]}
        description={
          <Link
            href={`/yonetim/musteriler/${invoice.customerId}`}
            className="text-primary underline underline-offset-4"
          >
            {invoice.companyName}
          </Link>
        }
        actions={
          invoice.invoiceNumber && (
            <a href={invoicePdfPath(invoice.id)} download className={buttonVariants({ variant: "outline" })}>
              <Download aria-hidden="true" />
              PDF indir
            </a>
          )
        }
      />
      <Card aria-labelledby="fatura-ozet">
        <CardTitle id="fatura-ozet">Özet</CardTitle>
        <InvoiceFacts invoice={invoice} now={now} />
        <dl className="grid gap-4 text-sm sm:grid-cols-2">
          <div className="flex flex-col gap-1">
            <dt className="text-muted-foreground">Fatura no</dt>
            <dd className="font-mono font-medium">{invoice.invoiceNumber ?? "Kesilince verilir"}</dd>
          </div>
          <div className="flex min-w-0 flex-col gap-1">
            <dt className="text-muted-foreground">ETTN</dt>
            <dd className="font-mono font-medium break-all">{invoice.ettn ?? "-"}</dd>
          </div>
          {invoice.cancelReason && (
            <div className="flex flex-col gap-1 sm:col-span-2">
              <dt className="text-muted-foreground">İptal nedeni</dt>
              <dd className="font-medium break-words">{invoice.cancelReason}</dd>
            </div>
          )}
        </dl>
      </Card>
      <InvoiceActions
        invoice={invoice}
        today={istanbulDateKey(now)}
        issuedOn={invoice.issuedAt ? istanbulDateKey(invoice.issuedAt) : null}
      />
      <Card aria-labelledby="odemeler">
        <CardTitle id="odemeler">Ödemeler</CardTitle>
        <AdminInvoicePaymentsSlot invoice={invoice} />
      </Card>
      <Card aria-labelledby="kalemler">
        <CardTitle id="kalemler">Kalemler</CardTitle>
        <InvoiceLines lines={invoice.lines} subtotal={invoice.subtotal} kdv={invoice.kdv} total={invoice.total} />
      </Card>
      <Card aria-labelledby="gecmis">
        <CardTitle id="gecmis">Geçmiş</CardTitle>
        <InvoiceHistory entries={history} />
      </Card>
    </div>
  );
}
