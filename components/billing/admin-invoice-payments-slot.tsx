/**
 * THE PAYMENTS SLOT of the admin invoice page: the invoice's payments (card and bank transfer) and
 * their `İade et` go here, with the payments work. Until then it only says what will be here.
 */
export function AdminInvoicePaymentsSlot({ invoice }: { invoice: { id: string } }) {
  return (
    <p className="text-sm text-muted-foreground" data-slot="admin-invoice-payments" data-invoice={invoice.id}>
      Faturanın ödemeleri ve iadeleri burada listelenecek.
    </p>
  );
}
