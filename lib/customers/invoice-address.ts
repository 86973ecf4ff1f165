/**
 * Invoices print the buyer's address as it is when each one is issued (lib/billing/parties.ts): an
 * account opened without one gets invoices without an address until the shop enters it, so the
 * portal and operations are told while it is missing.
 */
export function hasInvoiceAddress(customer: { address: string | null }): boolean {
  return Boolean(customer.address?.trim());
}

/** Where the shop enters it: the company details on the account page. */
export const INVOICE_ADDRESS_PATH = "/panel/hesap#firma";
