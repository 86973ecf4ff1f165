import "server-only";
import { renderToBuffer } from "@react-pdf/renderer";
import { createElement } from "react";
import type { InvoiceDetail } from "@/db/queries/billing";
import { registerPdfFonts } from "./fonts";
import { InvoiceDocument, type IssuedInvoiceDocument } from "./invoice-document";

/** The printable form of an issued invoice; null for a draft (it has no number, no ETTN, no PDF). */
export function issuedDocument(invoice: InvoiceDetail): IssuedInvoiceDocument | null {
  const { invoiceNumber, ettn, issuedAt, dueAt, seller, buyer } = invoice;
  if (!invoiceNumber || !ettn || !issuedAt || !dueAt || !seller || !buyer) return null;
  return { ...invoice, invoiceNumber, ettn, issuedAt, dueAt, seller, buyer };
}

/** Renders the invoice's PDF from its stored lines and amounts. */
export async function renderInvoicePdf(invoice: IssuedInvoiceDocument): Promise<Buffer> {
  registerPdfFonts();
  return renderToBuffer(createElement(InvoiceDocument, { invoice }) as Parameters<typeof renderToBuffer>[0]);
}
