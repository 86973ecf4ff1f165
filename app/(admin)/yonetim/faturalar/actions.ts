"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { cancelInvoice } from "@/lib/billing/cancel";
import { processDeadlines } from "@/lib/billing/deadlines";
import { ADMIN_INVOICES_PATH } from "@/lib/billing/filters";
import { finalizeDraft } from "@/lib/billing/finalize";
import { recordBankTransfer } from "@/lib/billing/paid";
import { billingPeriodLabel } from "@/lib/billing/period";
import { billPeriod, periodFromInput } from "@/lib/billing/run";
import {
  billPeriodSchema,
  cancelInvoiceSchema,
  finalizeInvoiceSchema,
  recordBankTransferSchema,
} from "@/lib/billing/schemas";
import { adminAction, ok } from "@/lib/safe-action";

// Billing changes what the portal shows too (invoices, the suspended banner, the dashboard).
function refresh() {
  revalidatePath(ADMIN_INVOICES_PATH, "layout");
  revalidatePath("/panel", "layout");
}

/** `Dönemi faturalandır`: the by-hand run of the period rule, without Inngest. */
export const billPeriodAction = adminAction("billPeriod", billPeriodSchema, async (input, ctx) => {
  const now = new Date();
  const outcome = await billPeriod(ctx, input, now);
  refresh();
  const label = billingPeriodLabel(periodFromInput(input, now));
  const message =
    outcome.created === 0 && outcome.issued === 0
      ? `${label} dönemi: kesilecek yeni fatura yok.`
      : `${label} dönemi faturalandırıldı: ${outcome.issued} fatura kesildi` +
        (outcome.issued > outcome.created
          ? `; ${outcome.issued - outcome.created} tanesi bekleyen bir taslaktı.`
          : ".");
  return ok(outcome, message);
});

/** `Vadeleri işle`: the deadline rule now, as the 15-minute sweep runs it. */
export const processDeadlinesAction = adminAction("processDeadlines", z.object({}), async (_input, ctx) => {
  const outcome = await processDeadlines(ctx, { now: new Date() });
  refresh();
  const { reminded, overdue, suspended, reactivated } = outcome;
  const message =
    reminded + overdue + suspended + reactivated === 0
      ? "Vadeler işlendi: yapılacak bir şey yoktu."
      : `Vadeler işlendi: ${reminded} hatırlatma, ${overdue} fatura vadesi geçti, ${suspended} müşteri askıya alındı, ${reactivated} müşteri yeniden açıldı.`;
  return ok(outcome, message);
});

/** `Faturayı kes`: a draft numbered, issued and e-mailed. */
export const finalizeInvoiceAction = adminAction("finalizeInvoice", finalizeInvoiceSchema, async (input, ctx) => {
  const issued = await finalizeDraft(ctx, input);
  refresh();
  return ok(undefined, `${issued.invoiceNumber} numaralı fatura kesildi ve müşteriye gönderildi.`);
});

/** `Havale/EFT kaydet`: the transfer recorded, the invoice paid, the paid event sent. */
export const recordBankTransferAction = adminAction(
  "recordBankTransfer",
  recordBankTransferSchema,
  async (input, ctx) => {
    const paid = await recordBankTransfer(ctx, input);
    refresh();
    return ok(undefined, `${paid.invoiceNumber} numaralı faturanın havale/EFT ödemesi kaydedildi.`);
  },
  { echo: ["paidOn", "reference"] },
);

/** `Faturayı iptal et`: cancelled with its reason; the number stays. */
export const cancelInvoiceAction = adminAction(
  "cancelInvoice",
  cancelInvoiceSchema,
  async (input, ctx) => {
    const cancelled = await cancelInvoice(ctx, input);
    refresh();
    const name = cancelled.invoiceNumber ? `${cancelled.invoiceNumber} numaralı fatura` : "Taslak fatura";
    return ok(undefined, `${name} iptal edildi.`);
  },
  { echo: ["reason"] },
);
