import { AdminInvoicePayments } from "@/components/payments/admin-invoice-payments";

/**
 * THE PAYMENTS SLOT of the admin invoice page: the invoice's payments (card and bank transfer), their
 * refunds and `İade et` (components/payments).
 */
export function AdminInvoicePaymentsSlot({ invoice }: { invoice: { id: string } }) {
  return (
    <div data-slot="admin-invoice-payments">
      <AdminInvoicePayments invoiceId={invoice.id} />
    </div>
  );
}
