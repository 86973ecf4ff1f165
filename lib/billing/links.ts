/** Where billing's e-mails send the customer: absolute links on the app's public address. */
import { env } from "../env";

const link = (path: string) => new URL(path, env().APP_URL).toString();

export const INVOICES_PATH = "/panel/faturalar";

export const invoicesUrl = () => link(INVOICES_PATH);
export const invoiceUrl = (invoiceId: string) => link(`${INVOICES_PATH}/${invoiceId}`);
/** The PDF route (app/(portal)/panel/faturalar/[id]/pdf): the invoice's customer and admins only. */
export const invoicePdfPath = (invoiceId: string) => `${INVOICES_PATH}/${invoiceId}/pdf`;
export const invoicePdfUrl = (invoiceId: string) => link(invoicePdfPath(invoiceId));
export const panelUrl = () => link("/panel");
