/**
 * The seller and the buyer as an issued invoice prints them, captured when it is issued: a later
 * change of address, tax office or configuration does not rewrite an invoice already sent.
 */
import type { InvoiceParty } from "@/db/schema";
import { company } from "../company";

export function sellerParty(): InvoiceParty {
  const seller = company();
  return {
    name: seller.name,
    address: seller.address,
    taxOffice: seller.taxOffice,
    taxId: seller.taxId,
    iban: seller.iban,
  };
}

export function buyerParty(customer: {
  companyName: string;
  address: string | null;
  city: string | null;
  taxOffice: string | null;
  taxId: string;
}): InvoiceParty {
  const address = [customer.address, customer.city].filter((part) => part && part.trim()).join(", ");
  return {
    name: customer.companyName,
    address: address || null,
    taxOffice: customer.taxOffice,
    taxId: customer.taxId,
  };
}
