import { query } from "@/db";
import { getInvoiceDetail } from "@/db/queries/billing";
import { currentUser } from "@/lib/auth/session";
import { issuedDocument, renderInvoicePdf } from "@/lib/billing/pdf/render";
import { isRowId } from "@/lib/row-id";

const notFound = () =>
  new Response("Fatura bulunamadı.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/**
 * An issued invoice's PDF (`PDF indir`, the link in the "fatura kesildi" e-mail): for a user of the
 * invoice's customer and for admins. Anyone else, a draft, and an id that does not exist get the same
 * 404, so nobody learns which invoices exist.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await currentUser();
  if (!user || !isRowId(id)) return notFound();
  const customerId = user.role === "admin" ? null : user.customerId;
  if (user.role !== "admin" && !customerId) return notFound();
  const invoice = await query(getInvoiceDetail, { invoiceId: id, customerId });
  const document = invoice ? issuedDocument(invoice) : null;
  if (!document) return notFound();
  const pdf = await renderInvoicePdf(document);
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${document.invoiceNumber}.pdf"`,
      "Cache-Control": "private, no-store",
    },
  });
}
