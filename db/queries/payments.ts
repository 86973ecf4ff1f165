/**
 * Card payments' reads: the attempt a callback, a notification or reconciliation settles, what the
 * invoice pages show, and the rows a refund locks. Reads that belong to a customer take `customerId`.
 */
import { and, asc, desc, eq, gt, inArray, lt, sql } from "drizzle-orm";
import type { DbOrTx, Tx } from "../index";
import { customers, invoices, paymentRefunds, payments, users } from "../schema";

/** What starting a card payment needs: the invoice (only this customer's, issued) and its buyer. */
export async function getInvoiceForCardPayment(db: DbOrTx, params: { invoiceId: string; customerId: string }) {
  const [row] = await db
    .select({
      id: invoices.id,
      invoiceNumber: invoices.invoiceNumber,
      status: invoices.status,
      total: invoices.total,
      customer: {
        id: customers.id,
        companyName: customers.companyName,
        taxId: customers.taxId,
        phone: customers.phone,
        address: customers.address,
        city: customers.city,
        country: customers.country,
        createdAt: customers.createdAt,
      },
    })
    .from(invoices)
    .innerJoin(customers, eq(customers.id, invoices.customerId))
    .where(and(eq(invoices.id, params.invoiceId), eq(invoices.customerId, params.customerId)))
    .limit(1);
  return row ?? null;
}

export async function getUserLastLogin(db: DbOrTx, params: { userId: string }) {
  const [row] = await db
    .select({ lastLoginAt: users.lastLoginAt })
    .from(users)
    .where(eq(users.id, params.userId))
    .limit(1);
  return row?.lastLoginAt ?? null;
}

const attemptColumns = {
  id: payments.id,
  invoiceId: payments.invoiceId,
  customerId: payments.customerId,
  conversationId: payments.conversationId,
  checkoutToken: payments.checkoutToken,
  status: payments.status,
  amount: payments.amount,
  createdAt: payments.createdAt,
};

export type CardAttempt = {
  id: string;
  invoiceId: string;
  customerId: string;
  conversationId: string;
  checkoutToken: string | null;
  status: (typeof payments.$inferSelect)["status"];
  amount: number;
  createdAt: Date;
};

const isCard = eq(payments.provider, "iyzico");

/** The card attempt Iyzico gave this checkout token to, or null. */
export async function getAttemptByToken(db: DbOrTx, params: { token: string }): Promise<CardAttempt | null> {
  const [row] = await db
    .select(attemptColumns)
    .from(payments)
    .where(and(isCard, eq(payments.checkoutToken, params.token)))
    .limit(1);
  return row ?? null;
}

/** The card attempt with this conversation id (what Iyzico's notifications name), or null. */
export async function getAttemptByConversationId(
  db: DbOrTx,
  params: { conversationId: string },
): Promise<CardAttempt | null> {
  const [row] = await db
    .select(attemptColumns)
    .from(payments)
    .where(and(isCard, eq(payments.conversationId, params.conversationId)))
    .limit(1);
  return row ?? null;
}

/** The attempt locked for settling, with the invoice's number and total to check Iyzico's answer. */
export async function lockAttempt(tx: Tx, params: { paymentId: string }) {
  const [row] = await tx
    .select({
      ...attemptColumns,
      invoiceNumber: invoices.invoiceNumber,
      invoiceTotal: invoices.total,
      companyName: customers.companyName,
      contactName: customers.contactName,
      email: customers.email,
    })
    .from(payments)
    .innerJoin(invoices, eq(invoices.id, payments.invoiceId))
    .innerJoin(customers, eq(customers.id, payments.customerId))
    .where(eq(payments.id, params.paymentId))
    .limit(1)
    .for("update", { of: payments });
  return row ?? null;
}

/** Card attempts still waiting for Iyzico's answer, created between `from` and `to`, oldest first. */
export async function listPendingAttempts(db: DbOrTx, params: { from: Date; to: Date; limit: number }) {
  return db
    .select(attemptColumns)
    .from(payments)
    .where(
      and(
        isCard,
        eq(payments.status, "pending"),
        gt(payments.createdAt, params.from),
        lt(payments.createdAt, params.to),
      ),
    )
    .orderBy(asc(payments.createdAt))
    .limit(params.limit);
}

/**
 * An invoice's payments, newest first, each with its refunds: card network and last four digits,
 * amounts, why one failed. `customerId` null: operations; otherwise only that customer's.
 */
export async function listInvoicePayments(db: DbOrTx, params: { invoiceId: string; customerId: string | null }) {
  const rows = await db
    .select({
      id: payments.id,
      provider: payments.provider,
      providerPaymentId: payments.providerPaymentId,
      status: payments.status,
      amount: payments.amount,
      refundedAmount: payments.refundedAmount,
      cardAssociation: payments.cardAssociation,
      cardLastFour: payments.cardLastFour,
      failureReason: payments.failureReason,
      createdAt: payments.createdAt,
      settledAt: payments.settledAt,
    })
    .from(payments)
    .where(
      and(
        eq(payments.invoiceId, params.invoiceId),
        params.customerId ? eq(payments.customerId, params.customerId) : undefined,
      ),
    )
    .orderBy(desc(payments.createdAt), desc(payments.id))
    .limit(50);
  const refunds =
    rows.length === 0
      ? []
      : await db
          .select({
            id: paymentRefunds.id,
            paymentId: paymentRefunds.paymentId,
            amount: paymentRefunds.amount,
            reason: paymentRefunds.reason,
            status: paymentRefunds.status,
            failureReason: paymentRefunds.failureReason,
            createdAt: paymentRefunds.createdAt,
            completedAt: paymentRefunds.completedAt,
          })
          .from(paymentRefunds)
          .where(
            inArray(
              paymentRefunds.paymentId,
              rows.map((row) => row.id),
            ),
          )
          .orderBy(asc(paymentRefunds.createdAt));
  return rows.map((row) => ({ ...row, refunds: refunds.filter((refund) => refund.paymentId === row.id) }));
}

export type InvoicePayment = Awaited<ReturnType<typeof listInvoicePayments>>[number];

/** A payment locked for a refund, with its invoice and customer (the e-mail goes to the customer). */
export async function lockPaymentForRefund(tx: Tx, params: { paymentId: string }) {
  const [row] = await tx
    .select({
      id: payments.id,
      provider: payments.provider,
      providerPaymentId: payments.providerPaymentId,
      status: payments.status,
      amount: payments.amount,
      refundedAmount: payments.refundedAmount,
      invoiceId: payments.invoiceId,
      invoiceNumber: invoices.invoiceNumber,
      customerId: payments.customerId,
      companyName: customers.companyName,
      contactName: customers.contactName,
      email: customers.email,
    })
    .from(payments)
    .innerJoin(invoices, eq(invoices.id, payments.invoiceId))
    .innerJoin(customers, eq(customers.id, payments.customerId))
    .where(eq(payments.id, params.paymentId))
    .limit(1)
    .for("update", { of: payments });
  return row ?? null;
}

export async function getRefundByKey(db: DbOrTx, params: { requestKey: string }) {
  const [row] = await db
    .select({
      id: paymentRefunds.id,
      paymentId: paymentRefunds.paymentId,
      status: paymentRefunds.status,
      amount: paymentRefunds.amount,
      failureReason: paymentRefunds.failureReason,
    })
    .from(paymentRefunds)
    .where(eq(paymentRefunds.requestKey, params.requestKey))
    .limit(1);
  return row ?? null;
}

/** How many refunds of a payment are still waiting for Iyzico's answer (0 or 1: a constraint). */
export async function countOpenRefunds(db: DbOrTx, params: { paymentId: string }) {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(paymentRefunds)
    .where(and(eq(paymentRefunds.paymentId, params.paymentId), eq(paymentRefunds.status, "requested")));
  return row?.count ?? 0;
}

/** A refund locked to record its outcome, or null. */
export async function lockRefund(tx: Tx, params: { refundId: string }) {
  const [row] = await tx
    .select({
      id: paymentRefunds.id,
      paymentId: paymentRefunds.paymentId,
      status: paymentRefunds.status,
      amount: paymentRefunds.amount,
      reason: paymentRefunds.reason,
    })
    .from(paymentRefunds)
    .where(eq(paymentRefunds.id, params.refundId))
    .limit(1)
    .for("update");
  return row ?? null;
}
