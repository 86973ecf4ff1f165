import { InvoicePayment } from "@/components/payments/invoice-payment";
import type { InvoiceStatus } from "@/lib/billing/status";
import { company } from "@/lib/company";
import { formatKurus } from "@/lib/money";

/**
 * THE PAYMENT SLOT of the customer's invoice page: how an open invoice is paid (card payment with
 * `Öde` from components/payments, then the bank transfer details: the IBAN from configuration, the
 * invoice number as the description), and for a paid one what it was paid with.
 */
export function InvoicePaymentSlot({
  invoice,
}: {
  invoice: { id: string; customerId: string; status: InvoiceStatus; invoiceNumber: string | null; total: number };
}) {
  const seller = company();
  const open = invoice.status === "sent" || invoice.status === "overdue";
  return (
    <div className="flex flex-col gap-3 text-sm" data-slot="invoice-payment">
      <InvoicePayment invoice={invoice} />
      {open && (
        <>
          <p>
            {`${formatKurus(invoice.total)} tutarı havale/EFT ile aşağıdaki hesaba gönderebilirsiniz. Açıklamaya fatura numarasını yazın; ödemeniz operasyon ekibimiz tarafından kaydedilir.`}
          </p>
          <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
            <dt className="text-muted-foreground">Alıcı</dt>
            <dd className="font-medium break-words">{seller.name}</dd>
            <dt className="text-muted-foreground">IBAN</dt>
            <dd className="font-mono font-medium break-all" data-testid="iban">
              {seller.iban}
            </dd>
            <dt className="text-muted-foreground">Açıklama</dt>
            <dd className="font-mono font-medium">{invoice.invoiceNumber ?? "-"}</dd>
          </dl>
        </>
      )}
    </div>
  );
}
